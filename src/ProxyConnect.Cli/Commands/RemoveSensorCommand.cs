using System.CommandLine;
using System.Linq;
using ProxyConnect.Cli.Output;
using ProxyConnect.Cli.Reload;
using ProxyConnect.Values;

namespace ProxyConnect.Cli.Commands;

/// <summary><c>proxyconnect remove-sensor [CONFIG] --name NAME [--in-place [--backup]] [--diff]</c></summary>
internal static class RemoveSensorCommand
{
    public static Command Create(CliIo io)
    {
        var config = CommonSymbols.Config();
        var name = new Option<string>("--name")
        {
            Description = "The sensor's ACL name (case-insensitive).",
            HelpName = "NAME",
            Required = true,
        };
        var inPlace = CommonSymbols.InPlace();
        var backup = CommonSymbols.Backup();
        var diff = CommonSymbols.Diff();

        var command = new Command(
            "remove-sensor",
            CommonSymbols.Describe(
                "Remove a sensor's acl lines and its http_access allow rule, and print the resulting config. A sensor that is not there leaves the config unchanged (a note goes to stderr).",
                "proxyconnect remove-sensor /etc/squid/squid.conf --name sensor1 --in-place --backup"))
        {
            config, name, inPlace, backup, diff,
        };
        var reload = ReloadOptions.AddTo(command);

        command.SetAction(result => Run(
            io,
            result.GetValue(config),
            result.GetRequiredValue(name),
            new EditOutput(result.GetValue(inPlace), result.GetValue(backup), result.GetValue(diff)),
            reload(result)));
        return command;
    }

    private static int Run(CliIo io, string? configArgument, string name, EditOutput output, ReloadOptions reloadOptions)
    {
        output.Validate(configArgument == ConfigInput.StdinArgument ? null : configArgument, AddSensorCommand.Describe(configArgument));
        if (!AclName.TryValidate(name, allowPredefined: true, out var error))
        {
            throw new UsageException($"Invalid sensor name: {error}");
        }

        var write = new ReloadingWrite(output, reloadOptions);
        var input = ConfigInput.Read(configArgument, io);
        var present = input.Config.Sensors.Any(s => AclName.Comparer.Equals(s.Name, name));
        var edited = input.Config.RemoveSensor(name);
        if (!present)
        {
            io.ReportInfo($"{input.DisplayName} has no sensor '{name}'; nothing to remove.");
        }

        return write.Write(io, input, edited, input.Path ?? string.Empty);
    }
}
