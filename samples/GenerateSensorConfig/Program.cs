using System.Text.Json;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using ProxyConnect.Sensors;
using ProxyConnect.Squid;

// Usage: GenerateSensorConfig [output folder]   (default ./out)
var outputFolder = args.Length > 0 ? args[0] : "out";
const string stockPath = "/etc/squid/squid.conf";

// 1. The config to start from: the stock Debian file when Squid is installed, otherwise ProxyConnect's copy of it.
var original = File.Exists(stockPath) ? SquidConfig.Load(stockPath) : SquidConfig.CreateDefault();
Console.WriteLine($"Read {(File.Exists(stockPath) ? stockPath : "the embedded default squid.conf")}");

// 2. The sensors to let through, from sensors.json next to the program.
var sensorsPath = Path.Combine(AppContext.BaseDirectory, "sensors.json");
var entries = JsonSerializer.Deserialize<SensorEntry[]>(File.ReadAllText(sensorsPath), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
    ?? Array.Empty<SensorEntry>();
var config = original;
foreach (var entry in entries)
{
    config = config.AddSensor(new Sensor(entry.Name, entry.Addresses));
}

// 3. What changed, as a unified diff.
Console.WriteLine($"--- a/squid.conf");
Console.WriteLine($"+++ b/squid.conf");
PrintUnifiedDiff(original.ToString(), config.ToString(), context: 2);

// 4. Is every sensor let through? Then save, keeping a backup of what was there.
foreach (var sensor in config.Sensors)
{
    var decision = config.Evaluate(new ProxyConnect.Analysis.AccessRequest(FirstAddress(sensor)));
    Console.WriteLine($"{sensor.Name}: {decision.Verdict}");
}

Directory.CreateDirectory(outputFolder);
var target = Path.Combine(outputFolder, "squid.conf");
var backup = config.Save(target, backup: true);
Console.WriteLine(backup is null ? $"Saved {target}" : $"Saved {target} (backup {backup})");
return 0;

static string FirstAddress(Sensor sensor)
{
    var value = sensor.Addresses[0];
    var cut = value.IndexOfAny(new[] { '/', '-' });
    return cut < 0 ? value : value.Substring(0, cut);
}

static void PrintUnifiedDiff(string before, string after, int context)
{
    var lines = InlineDiffBuilder.Diff(before, after, ignoreWhiteSpace: false).Lines;
    int oldLine = 0, newLine = 0;
    var numbered = new List<(DiffPiece Piece, int Old, int New)>();
    foreach (var line in lines)
    {
        if (line.Type != ChangeType.Inserted) oldLine++;
        if (line.Type != ChangeType.Deleted) newLine++;
        numbered.Add((line, oldLine, newLine));
    }

    var i = 0;
    while (i < numbered.Count)
    {
        if (numbered[i].Piece.Type == ChangeType.Unchanged) { i++; continue; }
        var start = Math.Max(0, i - context);
        var end = i;
        while (end < numbered.Count && (numbered[end].Piece.Type != ChangeType.Unchanged
               || numbered.Skip(end).Take(context * 2 + 1).Any(n => n.Piece.Type != ChangeType.Unchanged)))
        {
            end++;
        }

        end = Math.Min(numbered.Count, end + context);
        var hunk = numbered.GetRange(start, end - start);
        var oldCount = hunk.Count(n => n.Piece.Type != ChangeType.Inserted);
        var newCount = hunk.Count(n => n.Piece.Type != ChangeType.Deleted);
        var oldStart = hunk.FirstOrDefault(n => n.Piece.Type != ChangeType.Inserted).Old;
        var newStart = hunk.FirstOrDefault(n => n.Piece.Type != ChangeType.Deleted).New;
        Console.WriteLine($"@@ -{oldStart},{oldCount} +{newStart},{newCount} @@");
        foreach (var (piece, _, _) in hunk)
        {
            var mark = piece.Type switch { ChangeType.Inserted => '+', ChangeType.Deleted => '-', _ => ' ' };
            Console.WriteLine($"{mark}{piece.Text}");
        }

        i = end;
    }
}

internal sealed record SensorEntry(string Name, string[] Addresses);
