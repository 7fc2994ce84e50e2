using System.CommandLine;
using System.Linq;
using ProxyConnect.Analysis;
using ProxyConnect.Cli.Output;
using ProxyConnect.Squid;

namespace ProxyConnect.Cli.Commands;

/// <summary><c>proxyconnect check [CONFIG] --src ADDRESS [--method CONNECT] [--port 443] [--dst ADDRESS|HOST | --url URL]
/// [--resolve] [--squid-version VERSION] [--user NAME] [--json]</c></summary>
internal static class CheckCommand
{
    /// <summary>The name the command is called by.</summary>
    public const string Name = "check";

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
        var url = new Option<string>("--url")
        {
            Description = "The full request URL instead of --dst and --port, for url_regex and urlpath_regex rules: http://host[:port]/path (also https, ftp), or host:port for CONNECT.",
            HelpName = "URL",
        };
        var resolve = new Option<bool>("--resolve")
        {
            Description = "Resolve a host-name destination with DNS and decide dst rules with its addresses, as Squid does (any address matching matches). Without it a name is assumed to resolve to public addresses, and the answer says so.",
        };
        var squid = SquidVersionOption.Create();
        var user = new Option<string>("--user")
        {
            Description = "The user name the client authenticates as (proxy_auth).",
            HelpName = "NAME",
        };
        var json = CommonSymbols.Json();
        var useDefault = CommonSymbols.Default();

        var command = new Command(
            Name,
            CommonSymbols.Describe(
                "Decide whether Squid's http_access rules let a request through: prints ALLOWED, DENIED or INDETERMINATE and the deciding rule. Exit code 0 allowed, 1 denied or indeterminate.",
                "proxyconnect check /etc/squid/squid.conf --src 10.1.0.5 --dst cloud.example.com --port 443 --squid-version 6",
                "proxyconnect check /etc/squid/squid.conf --src 10.1.0.5 --method GET --url http://updates.example.com/v1/feed"))
        {
            config, src, method, port, dst, url, resolve, squid, user, json, useDefault,
        };

        command.SetAction(result =>
        {
            var urlText = result.GetValue(url);
            if (urlText is not null && (result.GetValue(dst) is not null || result.GetResult(port) is { Implicit: false }))
            {
                throw new UsageException("--url names the destination and port itself: give either --url, or --dst and --port.");
            }

            return Run(
                io,
                ConfigInput.Resolve(result.GetValue(config), io, result.GetValue(useDefault)),
                new Request(result.GetRequiredValue(src), result.GetRequiredValue(method), result.GetValue(port), result.GetValue(dst), urlText, result.GetValue(user)),
                result.GetValue(resolve),
                SquidVersionOption.Resolve(io, result.GetValue(squid)),
                result.GetValue(json));
        });
        return command;
    }

    private static int Run(CliIo io, string? configArgument, Request given, bool resolve, ChosenTarget chosen, bool json)
    {
        var (source, method, port, destination, url, user) = given;

        // Without a version the evaluator answers for the newest and states that as an assumption.
        var target = chosen.Source == ChosenTarget.Newest ? null : chosen.Target;

        if (port < 1 || port > 65535)
        {
            throw new UsageException($"--port {port} is not a valid port: expected a number from 1 to 65535.");
        }

        if (method.Length == 0 || method.Any(char.IsWhiteSpace))
        {
            throw new UsageException($"--method '{method}' is not an HTTP method: expected a word such as CONNECT or GET.");
        }

        var request = url is null
            ? new AccessRequest(source, method, port, destination, localPort: null, user: user)
            : AccessRequest.ForUrl(source, url, method, localPort: null, user: user);
        if (resolve)
        {
            request = request.ResolveDestination(SystemHostResolver.Instance);
        }

        string name;
        AccessDecision decision;
        if (configArgument is null || configArgument == ConfigInput.StdinArgument)
        {
            var input = ConfigInput.Open(configArgument, io);
            name = input.DisplayName;
            decision = target is null ? input.Config.Evaluate(request) : input.Config.Evaluate(request, target);
        }
        else
        {
            if (System.IO.Directory.Exists(configArgument))
            {
                throw new System.IO.IOException($"Cannot read squid config '{configArgument}': it is a directory, expected a squid.conf file.");
            }

            name = configArgument;
            decision = (target is null ? SquidConfig.CompileFile(configArgument) : SquidConfig.CompileFile(configArgument, target)).Evaluate(request);
        }

        if (json)
        {
            io.Out.WriteLine(CheckOutput.ToJson(request, decision, name, chosen));
        }
        else
        {
            io.Out.Write(CheckOutput.ToText(decision, name, chosen));
        }

        return decision.Verdict == AccessVerdict.Allowed ? ExitCodes.Success : ExitCodes.No;
    }

    /// <summary>The request options as given.</summary>
    private sealed record Request(string Source, string Method, int Port, string? Destination, string? Url, string? User);
}
