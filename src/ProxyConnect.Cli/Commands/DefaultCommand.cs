using System.CommandLine;
using System.Text;
using ProxyConnect.Cli.Output;
using ProxyConnect.Squid;

namespace ProxyConnect.Cli.Commands;

/// <summary><c>proxyconnect default [--squid-version VERSION]</c>: the embedded default config for that Squid,
/// exactly; the target goes to standard error so that standard output stays the config's bytes.</summary>
internal static class DefaultCommand
{
    /// <summary>The name the command is called by.</summary>
    public const string Name = "default";

    public static Command Create(CliIo io)
    {
        var squidVersion = SquidVersionOption.Create();
        var command = new Command(
            Name,
            CommonSymbols.Describe(
                "Print ProxyConnect's embedded default squid.conf for a Squid version, which that Squid accepts without an ERROR or WARNING line (what the other commands use when no CONFIG is given is the newest's). The version goes to stderr.",
                "proxyconnect default --squid-version auto > /etc/squid/squid.conf"))
        {
            squidVersion,
        };
        command.SetAction(result =>
        {
            var chosen = SquidVersionOption.Resolve(io, result.GetValue(squidVersion));
            io.WriteBytes(new UTF8Encoding(false).GetBytes(SquidConfig.DefaultTextFor(chosen.Target)));
            io.ReportInfo($"default config for {chosen.Describe()}.");
            return ExitCodes.Success;
        });
        return command;
    }
}
