using System.CommandLine;
using System.Text;
using ProxyConnect.Cli.Output;
using ProxyConnect.Squid;

namespace ProxyConnect.Cli.Commands;

/// <summary><c>proxyconnect default</c>: the embedded default config, exactly.</summary>
internal static class DefaultCommand
{
    public static Command Create(CliIo io)
    {
        var command = new Command(
            "default",
            CommonSymbols.Describe(
                "Print ProxyConnect's embedded default squid.conf (what the other commands use when no CONFIG is given).",
                "proxyconnect default > /etc/squid/squid.conf"));
        command.SetAction(_ =>
        {
            io.WriteBytes(new UTF8Encoding(false).GetBytes(SquidConfig.DefaultText));
            return ExitCodes.Success;
        });
        return command;
    }
}
