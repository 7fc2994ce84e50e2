using System.CommandLine;
using System.Linq;
using ProxyConnect.Cli.Output;
using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;
using ProxyConnect.Cli.Reload;
using ProxyConnect.Values;

namespace ProxyConnect.Cli.Commands;

/// <summary><c>proxyconnect remove-sensor [CONFIG] --name NAME [--squid-version VERSION] [--in-place [--backup]] [--diff]</c></summary>
internal static class RemoveSensorCommand
{
    /// <summary>The name the command is called by.</summary>
    public const string Name = "remove-sensor";

    public static Command Create(CliIo io)
    {
        var config = CommonSymbols.Config();
        var name = new Option<string>("--name")
        {
            Description = "The sensor's ACL name (case-insensitive).",
            HelpName = "NAME",
            Required = true,
        };
        var squidVersion = SquidVersionOption.Create();
        var useDefault = CommonSymbols.Default();
        var inPlace = CommonSymbols.InPlace();
        var backup = CommonSymbols.Backup();
        var diff = CommonSymbols.Diff();

        var command = new Command(
            Name,
            CommonSymbols.Describe(
                "Remove a sensor's acl lines and its http_access allow rule, and print the resulting config. A sensor that is not there leaves the config unchanged (a note goes to stderr).",
                "proxyconnect remove-sensor /etc/squid/squid.conf --name sensor1 --in-place --backup"))
        {
            config, name, squidVersion, useDefault, inPlace, backup, diff,
        };
        var reload = ReloadOptions.AddTo(command);

        command.SetAction(result =>
        {
            var target = ConfigInput.Resolve(result.GetValue(config), io, result.GetValue(useDefault));
            var reloadOptions = reload(result);
            var squid = SquidVersionOption.Resolve(io, result.GetValue(squidVersion), reloadOptions.Squid).Target;
            return Run(io, target, result.GetRequiredValue(name), new EditOutput(result.GetValue(inPlace), result.GetValue(backup), result.GetValue(diff)), reloadOptions, squid);
        });
        return command;
    }

    private static int Run(CliIo io, string? target, string name, EditOutput output, ReloadOptions reloadOptions, SquidTarget squid)
    {
        output.Validate(target == ConfigInput.StdinArgument ? null : target, ConfigInput.Describe(target));
        if (!AclName.TryValidate(name, allowPredefined: true, out var error))
        {
            throw new UsageException($"Invalid sensor name: {error}");
        }

        void SayIfAbsent(SquidConfig config, string displayName)
        {
            if (!config.Sensors.Any(s => AclName.Comparer.Equals(s.Name, name)))
            {
                io.ReportInfo($"{displayName} has no sensor '{name}'; nothing to remove.");
            }
        }

        var write = new ReloadingWrite(output, reloadOptions);
        if (output.InPlace)
        {
            return write.WriteInPlace(io, target!, c => c.ForTarget(squid).RemoveSensor(name), validatePath: target!, report: result => SayIfAbsent(result.Before, target!));
        }

        var input = ConfigInput.Open(target, io, squid);
        SayIfAbsent(input.Config, input.DisplayName);
        return write.Print(io, input, input.Config.ForTarget(squid).RemoveSensor(name));
    }
}
