using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using ProxyConnect.Cli.Output;
using ProxyConnect.Cli.Reload;
using ProxyConnect.Sensors;
using ProxyConnect.Sensors.Inventory;
using ProxyConnect.Squid;
using ProxyConnect.Squid.IO;
using ProxyConnect.Squid.Knowledge;
using ProxyConnect.Values;

namespace ProxyConnect.Cli.Commands;

/// <summary><c>proxyconnect sync [CONFIG] --inventory FILE [--conf-d FILE] [--check] [--diff] [--in-place [--backup]]
/// [--squid-version VERSION] [--reload | --reload-command CMD] [--squid PATH]</c></summary>
internal static class SyncCommand
{
    /// <summary>The name the command is called by.</summary>
    public const string Name = "sync";

    public static Command Create(CliIo io)
    {
        var config = CommonSymbols.Config();
        var inventory = new Option<string>("--inventory")
        {
            Description = "The sensors the proxy should let through: CSV (header name,address; more addresses in further columns or separated by ';') or JSON ([{\"name\": ..., \"addresses\": [...]}]), or - for standard input.",
            HelpName = "FILE",
            Required = true,
        };
        var confD = new Option<string>("--conf-d")
        {
            Description = "Sync the sensors of this conf.d file (created if missing) instead; CONFIG is only checked for an include of it and used for --reload.",
            HelpName = "FILE",
        };
        var check = new Option<bool>("--check")
        {
            Description = "Change nothing: exit 1 and print the diff when the config is not in sync with the inventory, 0 when it is.",
        };
        var squidVersion = SquidVersionOption.Create();
        var inPlace = CommonSymbols.InPlace();
        var backup = CommonSymbols.Backup();
        var diff = CommonSymbols.Diff();

        var command = new Command(
            Name,
            CommonSymbols.Describe(
                "Make the sensors ProxyConnect manages (those right after the '# INSERT YOUR OWN RULE(S) HERE' marker, where add-sensor puts them) exactly the inventory: add, update, remove. Hand-written ACLs and rules are never touched. A summary goes to stderr.",
                "proxyconnect sync /etc/squid/squid.conf --inventory sensors.csv --in-place --backup --reload",
                "proxyconnect sync /etc/squid/squid.conf --inventory sensors.json --check"))
        {
            config, inventory, confD, check, squidVersion, inPlace, backup, diff,
        };
        var reload = ReloadOptions.AddTo(command);

        command.SetAction(result =>
        {
            var reloadOptions = reload(result);
            return Run(
                io,
                new Inputs(result.GetValue(config), result.GetRequiredValue(inventory), result.GetValue(confD)),
                result.GetValue(check),
                new EditOutput(result.GetValue(inPlace), result.GetValue(backup), result.GetValue(diff)),
                reloadOptions,
                SquidVersionOption.Resolve(io, result.GetValue(squidVersion), reloadOptions.Squid).Target);
        });
        return command;
    }

    private static int Run(CliIo io, Inputs inputs, bool check, EditOutput output, ReloadOptions reloadOptions, SquidTarget squid)
    {
        var (configArgument, inventoryArgument, confD) = inputs;
        if (check && (output.InPlace || output.Diff || reloadOptions.Requested))
        {
            throw new UsageException("--check only reports (exit 1 and the diff when out of sync); it cannot be combined with --in-place, --diff or --reload.");
        }

        if (inventoryArgument == ConfigInput.StdinArgument && configArgument == ConfigInput.StdinArgument)
        {
            throw new UsageException("Standard input (-) can be either CONFIG or --inventory, not both.");
        }

        if (confD is not null && (confD == ConfigInput.StdinArgument || confD.Trim().Length == 0))
        {
            throw new UsageException($"--conf-d needs the path of a file (for example /etc/squid/conf.d/sensors.conf), not '{confD}'.");
        }

        var target = confD ?? (configArgument == ConfigInput.StdinArgument ? null : configArgument);
        output.Validate(target, confD is null ? ConfigInput.Describe(configArgument) : confD);
        var write = new ReloadingWrite(output, reloadOptions);

        IReadOnlyList<Sensor> sensors;
        try
        {
            sensors = ReadInventory(inventoryArgument, io);
        }
        catch (InventoryException ex)
        {
            io.ReportError($"invalid inventory, nothing written: {ex.Message}");
            return ExitCodes.Failure;
        }

        var main = ConfigInput.Read(configArgument, io, target: squid);
        var input = main;
        var placement = SensorPlacement.AtMarker;
        if (confD is not null)
        {
            foreach (var warning in main.Config.CheckSensorFileIncluded(confD))
            {
                io.ReportWarning($"{warning.Code}: {warning.Message}");
            }

            input = ConfigInput.ReadOrCreateSensorFile(confD);
            placement = SensorPlacement.ConfD(confD);
        }

        var before = input.Config.ManagedSensors;
        var edited = input.Config.ForTarget(squid).SyncSensors(sensors, placement);
        io.ReportInfo(Summary(input.DisplayName, before, edited.ManagedSensors));

        if (check)
        {
            if (!input.IsNew && input.OriginalText == edited.ToString())
            {
                return ExitCodes.Success;
            }

            var name = input.DisplayName;
            io.WriteBytes(ConfigEncodingCodec.Encode(UnifiedDiff.Create(input.OriginalText, edited.ToString(), name, name), input.Encoding, name));
            io.ReportInfo($"{name} is not in sync with {DescribeInventory(inventoryArgument)}.");
            return ExitCodes.No;
        }

        if (output.InPlace)
        {
            // Read again, edited and saved under the file's lock: a concurrent writer's change is kept, not overwritten.
            return write.WriteInPlace(io, input.Path!, c => SensorFileIfEmpty(c, confD).ForTarget(squid).SyncSensors(sensors, placement), main.Path ?? input.Path!, createIfMissing: confD is not null);
        }

        return write.Print(io, input, edited);
    }

    /// <summary>A conf.d file the save just created (or an empty one) starts as ProxyConnect's sensor file, whose
    /// sensors are all managed, as <see cref="ConfigInput.ReadOrCreateSensorFile"/> does for the printed result.</summary>
    private static SquidConfig SensorFileIfEmpty(SquidConfig config, string? confD) =>
        confD is not null && config.Nodes.Count == 0 ? SquidConfig.CreateSensorFile(config.FilePath) : config;

    /// <summary>CONFIG, <c>--inventory</c> and <c>--conf-d</c> as given.</summary>
    private sealed record Inputs(string? Config, string Inventory, string? ConfD);

    private static IReadOnlyList<Sensor> ReadInventory(string argument, CliIo io)
    {
        if (argument != ConfigInput.StdinArgument)
        {
            if (Directory.Exists(argument))
            {
                throw new IOException($"Cannot read sensor inventory '{argument}': it is a directory, expected a CSV or JSON file.");
            }

            return SensorInventory.Load(argument);
        }

        using var reader = new StreamReader(io.Stdin, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, 4096, leaveOpen: true);
        return SensorInventory.Parse(reader.ReadToEnd(), ConfigInput.StdinName);
    }

    /// <summary><c>sync CONFIG: 1 added (s3), 1 updated (s1), 1 removed (s2)</c>, or <c>… in sync (N sensors)</c>.</summary>
    internal static string Summary(string name, IReadOnlyList<Sensor> before, IReadOnlyList<Sensor> after)
    {
        var old = before.ToDictionary(s => s.Name, AclName.Comparer);
        var added = after.Where(s => !old.ContainsKey(s.Name)).Select(s => s.Name).ToList();
        var updated = after.Where(s => old.TryGetValue(s.Name, out var o) && !o.Equals(s)).Select(s => s.Name).ToList();
        var kept = new HashSet<string>(after.Select(s => s.Name), AclName.Comparer);
        var removed = before.Where(s => !kept.Contains(s.Name)).Select(s => s.Name).ToList();
        if (added.Count + updated.Count + removed.Count == 0)
        {
            return $"sync {name}: in sync ({Count(after.Count, "managed sensor")}).";
        }

        return $"sync {name}: {Part(added, "added")}, {Part(updated, "updated")}, {Part(removed, "removed")}.";
    }

    private static string Part(List<string> names, string what) =>
        names.Count == 0 ? $"0 {what}" : $"{names.Count} {what} ({string.Join(", ", names)})";

    private static string Count(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";

    private static string DescribeInventory(string argument) => argument == ConfigInput.StdinArgument ? "the inventory on standard input" : $"the inventory {argument}";
}
