using System.CommandLine;
using System.Linq;
using ProxyConnect.Cli.Output;
using ProxyConnect.Cli.Reload;
using ProxyConnect.Sensors;
using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Cli.Commands;

/// <summary><c>proxyconnect add-sensor [CONFIG] --name NAME --ip ADDRESS… [--require-auth [ACL]]
/// [--at marker|before-deny-all] [--conf-d FILE] [--squid-version VERSION] [--in-place [--backup]] [--diff]</c></summary>
internal static class AddSensorCommand
{
    /// <summary>The name the command is called by.</summary>
    public const string Name = "add-sensor";

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
        var requireAuth = new Option<string?>("--require-auth")
        {
            Description = $"Let the sensor in only after a login: the rule becomes 'http_access allow NAME ACL'. ACL is a proxy_auth ACL the config defines above the rule ({Sensor.DefaultAuthAcl} when not given). Without this option the rule is 'http_access allow NAME' and nothing else.",
            HelpName = "ACL",
            Arity = ArgumentArity.ZeroOrOne,
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
        var squidVersion = SquidVersionOption.Create();
        var useDefault = CommonSymbols.Default();
        var inPlace = CommonSymbols.InPlace();
        var backup = CommonSymbols.Backup();
        var diff = CommonSymbols.Diff();

        var command = new Command(
            Name,
            CommonSymbols.Describe(
                "Add a sensor (exactly acl NAME src ADDRESS... and http_access allow NAME), or update its addresses, and print the resulting config.",
                "proxyconnect add-sensor /etc/squid/squid.conf --name sensor1 --ip 10.1.0.5 --in-place --backup",
                "proxyconnect add-sensor /etc/squid/squid.conf --name sensor2 --ip 10.1.0.6 --require-auth --in-place"))
        {
            config, name, ip, requireAuth, at, confD, squidVersion, useDefault, inPlace, backup, diff,
        };
        var reload = ReloadOptions.AddTo(command);

        command.SetAction(result =>
        {
            var sensor = new Sensor(result.GetRequiredValue(name), result.GetRequiredValue(ip));
            if (result.GetResult(requireAuth) is not null)
            {
                sensor = sensor with { RequiredAcl = result.GetValue(requireAuth) ?? Sensor.DefaultAuthAcl };
            }

            var target = ConfigInput.Resolve(result.GetValue(config), io, result.GetValue(useDefault));
            var reloadOptions = reload(result);
            var squid = SquidVersionOption.Resolve(io, result.GetValue(squidVersion), reloadOptions.Squid).Target;
            return Run(io, target, sensor, result.GetValue(at), result.GetValue(confD), new EditOutput(result.GetValue(inPlace), result.GetValue(backup), result.GetValue(diff)), reloadOptions, squid);
        });
        return command;
    }

    private static int Run(CliIo io, string? target, Sensor sensor, string? at, string? confD, EditOutput output, ReloadOptions reloadOptions, SquidTarget squid)
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
            return AddToConfD(io, target, sensor, confD, output, new ReloadingWrite(output, reloadOptions), squid);
        }

        output.Validate(target == ConfigInput.StdinArgument ? null : target, ConfigInput.Describe(target));
        var write = new ReloadingWrite(output, reloadOptions);
        var placement = at == AtBeforeDenyAll ? SensorPlacement.BeforeFinalDenyAll : SensorPlacement.AtMarker;
        SquidConfig Edit(SquidConfig config) => CheckPlacement(config.ForTarget(squid), placement).AddSensor(sensor, placement);
        if (output.InPlace)
        {
            return write.WriteInPlace(io, target!, Edit, validatePath: target!);
        }

        var main = ConfigInput.Open(target, io, squid);
        return write.Print(io, main, Edit(main.Config));
    }

    private static int AddToConfD(CliIo io, string? target, Sensor sensor, string confD, EditOutput output, ReloadingWrite write, SquidTarget squid)
    {
        var main = ConfigInput.Open(target, io, squid);
        foreach (var warning in main.Config.CheckSensorFileIncluded(confD))
        {
            io.ReportWarning($"{warning.Code}: {warning.Message}");
        }

        var placement = SensorPlacement.ConfD(confD);
        if (output.InPlace)
        {
            return write.WriteInPlace(io, confD, c => c.ForTarget(squid).AddSensor(sensor, placement), validatePath: main.Path ?? confD, createIfMissing: true);
        }

        var file = ConfigInput.ReadOrCreateSensorFile(confD);
        return write.Print(io, file, file.Config.ForTarget(squid).AddSensor(sensor, placement));
    }

    /// <summary>The library says what is missing; the tool says which of its options to use instead.</summary>
    private static SquidConfig CheckPlacement(SquidConfig config, SensorPlacement placement)
    {
        var where = config.FilePath ?? "The config";
        if (placement == SensorPlacement.AtMarker && config.MarkerLocation is null)
        {
            throw new UsageException(
                $"{where} has no '# {SquidConfig.MarkerText}' comment to place the sensor at. Use --at {AtBeforeDenyAll} to place it before the final 'http_access deny all', or --conf-d FILE for a file of its own.");
        }

        if (placement == SensorPlacement.BeforeFinalDenyAll && !config.HttpAccessRules.Any(r => r.Action == Squid.Model.AccessAction.Deny && r.Acls.Count == 1 && !r.Acls[0].IsNegated && r.Acls[0].Name == "all"))
        {
            throw new UsageException(
                $"{where} has no 'http_access deny all' to place the sensor before. Use --at {AtMarker} (the default) to place it at the '# INSERT YOUR OWN RULE(S) HERE' comment, or --conf-d FILE.");
        }

        return config;
    }
}
