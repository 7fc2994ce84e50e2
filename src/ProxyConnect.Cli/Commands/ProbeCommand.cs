using System;
using System.CommandLine;
using System.IO;
using System.Net;
using System.Text;
using ProxyConnect.Analysis;
using ProxyConnect.Cli.Output;
using ProxyConnect.Cli.Probe;
using ProxyConnect.Sensors;
using ProxyConnect.Squid;

namespace ProxyConnect.Cli.Commands;

/// <summary><c>proxyconnect probe --proxy URL --target HOST:PORT [--from ADDRESS] [--user NAME [--password-stdin]]
/// [--config FILE] [--timeout SECONDS] [--json]</c></summary>
internal static class ProbeCommand
{
    /// <summary>The name the command is called by.</summary>
    public const string Name = "probe";

    /// <summary>Where the password comes from when it is not piped in: never from the command line, which other users
    /// of the machine can read.</summary>
    public const string PasswordVariable = "PROXYCONNECT_PROXY_PASSWORD";

    public static Command Create(CliIo io)
    {
        var proxy = new Option<string>("--proxy")
        {
            Description = "The proxy as the sensor has it: 10.0.0.1:3128, http://proxy.example:3128 or http://user@proxy:3128 (a password in the URL is refused).",
            HelpName = "URL",
            Required = true,
        };
        var target = new Option<string>("--target")
        {
            Description = "Where the sensor connects: HOST:PORT, for example cloud.example.com:443 ([IPv6]:PORT).",
            HelpName = "HOST:PORT",
            Required = true,
        };
        var from = new Option<string>("--from")
        {
            Description = "Connect from this local address, as the sensor would (it must be an address of this machine).",
            HelpName = "ADDRESS",
        };
        var user = new Option<string>("--user")
        {
            Description = $"Log in as this user (Basic). The password comes from standard input with --password-stdin, else from ${PasswordVariable}.",
            HelpName = "NAME",
        };
        var passwordStdin = new Option<bool>("--password-stdin")
        {
            Description = "Read the password from the first line of standard input.",
        };
        var config = new Option<string>("--config")
        {
            Description = "Also ask the evaluator about the same request in this squid.conf: prints the deciding line and whether it agrees with the live proxy.",
            HelpName = "FILE",
        };
        var timeout = new Option<int>("--timeout")
        {
            Description = "Seconds to wait for the connection and the answer.",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => 10,
        };
        var json = CommonSymbols.Json();

        var command = new Command(
            Name,
            CommonSymbols.Describe(
                "Make a live CONNECT through the proxy exactly as a sensor does and say what happened: tunnel established, refused (403), login required or rejected (407), target unreachable behind the proxy (502/503/504) or proxy unreachable. Exit code 0 tunnel established, 1 refused (403 or 407), 2 could not tell.",
                "proxyconnect probe --proxy 10.0.0.1:3128 --target cloud.example.com:443 --from 10.1.0.5 --config /etc/squid/squid.conf",
                $"printf '%s\\n' \"$PASSWORD\" | proxyconnect probe --proxy 10.0.0.1:3128 --target cloud.example.com:443 --user sensor1 --password-stdin"))
        {
            proxy, target, from, user, passwordStdin, config, timeout, json,
        };

        command.SetAction(result => Run(
            io,
            result.GetRequiredValue(proxy),
            result.GetRequiredValue(target),
            result.GetValue(from),
            result.GetValue(user),
            result.GetValue(passwordStdin),
            result.GetValue(config),
            result.GetValue(timeout),
            result.GetValue(json)));
        return command;
    }

    private static int Run(CliIo io, string proxyArgument, string targetArgument, string? fromArgument, string? user, bool passwordStdin, string? configPath, int timeoutSeconds, bool json)
    {
        var request = BuildRequest(io, proxyArgument, targetArgument, fromArgument, user, passwordStdin, timeoutSeconds);
        if (configPath != null && Directory.Exists(configPath))
        {
            throw new IOException($"Cannot read squid config '{configPath}': it is a directory, expected a squid.conf file.");
        }

        ProbeResult result;
        try
        {
            result = ProxyProbe.RunAsync(request).GetAwaiter().GetResult();
        }
        catch (ProbeSetupException ex)
        {
            io.ReportError(ex.Message);
            return ExitCodes.Failure;
        }

        AccessDecision? decision = null;
        AccessRequest? evaluated = null;
        var source = request.From ?? result.Source;
        if (configPath != null)
        {
            if (source is null)
            {
                io.ReportWarning("not asking the evaluator: without --from and without a connection the source address is unknown.");
            }
            else
            {
                evaluated = new AccessRequest(source.ToString(), "CONNECT", request.TargetPort, request.TargetHost, localPort: request.ProxyPort, user: request.User);
                decision = SquidConfig.EvaluateFile(configPath, evaluated);
            }
        }

        var exitCode = result.Outcome switch
        {
            ProbeOutcome.TunnelEstablished => ExitCodes.Success,
            ProbeOutcome.Refused or ProbeOutcome.LoginRequired or ProbeOutcome.LoginRejected => ExitCodes.No,
            _ => ExitCodes.Failure,
        };
        var text = ProbeOutput.ToText(request, result, decision, configPath);
        if (exitCode == ExitCodes.Failure)
        {
            // "Could not tell" is an error: stdout stays empty (the tool's rule for exit code 2), so the answer goes to stderr.
            io.ReportError(text.TrimEnd('\n').Replace("\n", "; "));
            return exitCode;
        }

        io.Out.Write(json ? ProbeOutput.ToJson(request, result, decision, evaluated, configPath) + "\n" : text);
        return exitCode;
    }

    private static ProbeRequest BuildRequest(CliIo io, string proxyArgument, string targetArgument, string? fromArgument, string? user, bool passwordStdin, int timeoutSeconds)
    {
        if (timeoutSeconds < 1 || timeoutSeconds > 600)
        {
            throw new UsageException($"--timeout {timeoutSeconds}: expected a number of seconds from 1 to 600.");
        }

        SensorProxySettings settings;
        try
        {
            settings = SensorProxySettings.Parse(proxyArgument);
        }
        catch (FormatException ex)
        {
            throw new UsageException($"--proxy: {ex.Message}");
        }

        if (settings.Password != null)
        {
            throw new UsageException("--proxy: the URL holds a password; a password on the command line is visible to every user of this machine. Use --user NAME with --password-stdin or $" + PasswordVariable + ".");
        }

        var target = ProbeRequest.ParseTarget(targetArgument, out var targetError) ?? throw new UsageException(targetError!);

        IPAddress? from = null;
        if (fromArgument != null && !IPAddress.TryParse(fromArgument, out from))
        {
            throw new UsageException($"--from '{fromArgument}' is not an IPv4 or IPv6 address.");
        }

        var login = user ?? settings.Username;
        string? password = null;
        if (passwordStdin)
        {
            if (login is null)
            {
                throw new UsageException("--password-stdin needs --user NAME (or a user name in the --proxy URL).");
            }

            password = ReadFirstLine(io.Stdin);
        }
        else if (login != null)
        {
            password = Environment.GetEnvironmentVariable(PasswordVariable)
                ?? throw new UsageException($"--user {login} needs a password: pipe it in with --password-stdin, or set ${PasswordVariable}.");
        }

        return new ProbeRequest(settings.Address!, settings.Port, target.Host, target.Port, from, login, password, TimeSpan.FromSeconds(timeoutSeconds));
    }

    private static string ReadFirstLine(Stream stdin)
    {
        using var reader = new StreamReader(stdin, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false, 1024, leaveOpen: true);
        return reader.ReadLine() ?? string.Empty;
    }
}
