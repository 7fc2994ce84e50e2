using System.CommandLine;
using ProxyConnect.Cli.Output;
using ProxyConnect.Cli.Reload;
using ProxyConnect.Sensors;

namespace ProxyConnect.Cli.Commands;

/// <summary><c>proxyconnect add-sensor [CONFIG] --name NAME --ip ADDRESS… [--at marker|before-deny-all]
/// [--conf-d FILE] [--in-place [--backup]] [--diff]</c></summary>
internal static class AddSensorCommand
{
    public const string AtMarker = "marker";
    public const string AtBeforeDenyAll = "before-deny-all";

    public static Command Create(CliIo io)
    {
        var config = CommonSymbols.Config();
        var name = new Option<string>("--name")
        {
            Description = "The sensor's ACL name: letters, digits and -_.: (not a predefined ACL such as all).",
            HelpName = "NAME",
            Required = true,
        };
        var ip = new Option<string[]>("--ip")
        {
            Description = "An address, CIDR (10.2.0.0/24) or range (10.0.0.1-10.0.0.9) the sensor connects from; repeat for more.",
            HelpName = "ADDRESS",
            Required = true,
        };
        var at = new Option<string>("--at")
        {
            Description = "Where the lines go: at the '# INSERT YOUR OWN RULE(S) HERE' marker (default) or before the final 'http_access deny all'.",
            HelpName = $"{AtMarker}|{AtBeforeDenyAll}",
        };
        at.AcceptOnlyFromAmong(AtMarker, AtBeforeDenyAll);
        var confD = new Option<string>("--conf-d")
        {
            Description = "Put the sensor in this conf.d file (created if missing) instead; CONFIG is only checked for an include of it. The output (or --in-place target) is FILE.",
            HelpName = "FILE",
        };
        var inPlace = CommonSymbols.InPlace();
        var backup = CommonSymbols.Backup();
        var diff = CommonSymbols.Diff();

        var command = new Command(
            "add-sensor",
            CommonSymbols.Describe(
                "Add a sensor (acl NAME src ADDRESS... and http_access allow NAME), or update its addresses, and print the resulting config.",
                "proxyconnect add-sensor /etc/squid/squid.conf --name sensor1 --ip 10.1.0.5 --in-place --backup"))
        {
            config, name, ip, at, confD, inPlace, backup, diff,
        };
        var reload = ReloadOptions.AddTo(command);

        command.SetAction(result => Run(
            io,
            result.GetValue(config),
            result.GetRequiredValue(name),
            result.GetRequiredValue(ip),
            result.GetValue(at),
            result.GetValue(confD),
            new EditOutput(result.GetValue(inPlace), result.GetValue(backup), result.GetValue(diff)),
            reload(result)));
        return command;
    }

    private static int Run(CliIo io, string? configArgument, string name, string[] addresses, string? at, string? confD, EditOutput output, ReloadOptions reloadOptions)
    {
        if (confD is not null)
        {
            if (at is not null)
            {
                throw new UsageException($"--at {at} and --conf-d {confD} both say where the sensor goes; give one of them.");
            }

            if (confD == ConfigInput.StdinArgument || confD.Trim().Length == 0)
            {
                throw new UsageException($"--conf-d needs the path of a file (for example /etc/squid/conf.d/sensors.conf), not '{confD}'.");
            }

            output.Validate(confD, confD);
        }
        else
        {
            output.Validate(configArgument == ConfigInput.StdinArgument ? null : configArgument, Describe(configArgument));
        }

        var sensor = new Sensor(name, addresses);
        var write = new ReloadingWrite(output, reloadOptions);

        var main = ConfigInput.Read(configArgument, io);
        if (confD is null)
        {
            var placement = at == AtBeforeDenyAll ? SensorPlacement.BeforeFinalDenyAll : SensorPlacement.AtMarker;
            return write.Write(io, main, main.Config.AddSensor(sensor, placement), main.Path ?? string.Empty);
        }

        foreach (var warning in main.Config.CheckSensorFileIncluded(confD))
        {
            io.ReportWarning($"{warning.Code}: {warning.Message}");
        }

        var file = ConfigInput.ReadOrCreateSensorFile(confD);
        return write.Write(io, file, file.Config.AddSensor(sensor, SensorPlacement.ConfD(confD)), main.Path ?? confD);
    }

    internal static string Describe(string? configArgument) => configArgument switch
    {
        null => "the embedded default (no CONFIG given)",
        ConfigInput.StdinArgument => "standard input (-)",
        _ => $"'{configArgument}'",
    };
}
