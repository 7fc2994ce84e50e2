using System.CommandLine;
using System.Linq;
using ProxyConnect.Analysis;
using ProxyConnect.Cli.Output;
using ProxyConnect.Squid;

namespace ProxyConnect.Cli.Commands;

/// <summary><c>proxyconnect check [CONFIG] --src ADDRESS [--method CONNECT] [--port 443] [--dst ADDRESS|HOST]
/// [--user NAME] [--json]</c></summary>
internal static class CheckCommand
{
    public static Command Create(CliIo io)
    {
        var config = CommonSymbols.Config();
        var src = new Option<string>("--src")
        {
            Description = "The client's (sensor's) IPv4 or IPv6 address.",
            HelpName = "ADDRESS",
            Required = true,
        };
        var method = new Option<string>("--method")
        {
            Description = "The HTTP method (case-sensitive).",
            HelpName = "METHOD",
            DefaultValueFactory = _ => "CONNECT",
        };
        var port = new Option<int>("--port")
        {
            Description = "The destination port, 1 to 65535.",
            HelpName = "PORT",
            DefaultValueFactory = _ => 443,
        };
        var dst = new Option<string>("--dst")
        {
            Description = "The destination address or host name.",
            HelpName = "ADDRESS|HOST",
        };
        var user = new Option<string>("--user")
        {
            Description = "The user name the client authenticates as (proxy_auth).",
            HelpName = "NAME",
        };
        var json = CommonSymbols.Json();
        var useDefault = CommonSymbols.Default();

        var command = new Command(
            "check",
            CommonSymbols.Describe(
                "Decide whether Squid's http_access rules let a request through: prints ALLOWED, DENIED or INDETERMINATE and the deciding rule. Exit code 0 allowed, 1 denied or indeterminate.",
                "proxyconnect check /etc/squid/squid.conf --src 10.1.0.5 --dst cloud.example.com --port 443"))
        {
            config, src, method, port, dst, user, json, useDefault,
        };

        command.SetAction(result => Run(
            io,
            ConfigInput.Resolve(result.GetValue(config), io, result.GetValue(useDefault)),
            result.GetRequiredValue(src),
            result.GetRequiredValue(method),
            result.GetValue(port),
            result.GetValue(dst),
            result.GetValue(user),
            result.GetValue(json)));
        return command;
    }

    private static int Run(CliIo io, string? configArgument, string source, string method, int port, string? destination, string? user, bool json)
    {
        if (port < 1 || port > 65535)
        {
            throw new UsageException($"--port {port} is not a valid port: expected a number from 1 to 65535.");
        }

        if (method.Length == 0 || method.Any(char.IsWhiteSpace))
        {
            throw new UsageException($"--method '{method}' is not an HTTP method: expected a word such as CONNECT or GET.");
        }

        var request = new AccessRequest(source, method, port, destination, localPort: null, user: user);
        string name;
        AccessDecision decision;
        if (configArgument is null || configArgument == ConfigInput.StdinArgument)
        {
            var input = ConfigInput.Open(configArgument, io);
            name = input.DisplayName;
            decision = input.Config.Evaluate(request);
        }
        else
        {
            if (System.IO.Directory.Exists(configArgument))
            {
                throw new System.IO.IOException($"Cannot read squid config '{configArgument}': it is a directory, expected a squid.conf file.");
            }

            name = configArgument;
            decision = SquidConfig.EvaluateFile(configArgument, request);
        }

        if (json)
        {
            io.Out.WriteLine(CheckOutput.ToJson(request, decision, name));
        }
        else
        {
            io.Out.Write(CheckOutput.ToText(decision, name));
        }

        return decision.Verdict == AccessVerdict.Allowed ? ExitCodes.Success : ExitCodes.No;
    }
}
