using System.CommandLine;
using System.Linq;
using ProxyConnect.Cli.Output;

namespace ProxyConnect.Cli.Commands;

/// <summary><c>proxyconnect sensors [CONFIG] [--json]</c></summary>
internal static class SensorsCommand
{
    /// <summary>The name the command is called by.</summary>
    public const string Name = "sensors";

    public static Command Create(CliIo io)
    {
        var config = CommonSymbols.Config();
        var json = CommonSymbols.Json();
        var useDefault = CommonSymbols.Default();
        var command = new Command(
            Name,
            CommonSymbols.Describe(
                "List the sensors the config lets through, one a line: NAME ADDRESS... (--json: an array of {\"name\", \"addresses\"}).",
                "proxyconnect sensors /etc/squid/squid.conf --json"))
        {
            config, json, useDefault,
        };

        command.SetAction(result =>
        {
            var input = ConfigInput.Read(result.GetValue(config), io, result.GetValue(useDefault));
            var sensors = input.Config.Sensors;
            if (result.GetValue(json))
            {
                io.Out.WriteLine(JsonOutput.Sensors(sensors));
            }
            else
            {
                foreach (var sensor in sensors)
                {
                    io.Out.WriteLine(string.Join(" ", new[] { sensor.Name }.Concat(sensor.Addresses)));
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
