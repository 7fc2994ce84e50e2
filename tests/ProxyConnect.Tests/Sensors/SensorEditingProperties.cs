using FsCheck;
using FsCheck.Xunit;
using ProxyConnect.Sensors;
using ProxyConnect.Squid;
using ProxyConnect.Tests.Support;

namespace ProxyConnect.Tests.Sensors;

/// <summary>Properties of sensor editing over every corpus file that has the marker.</summary>
public class SensorEditingProperties
{
    private static readonly (string Path, string Text)[] FilesWithMarker = Corpus.AllFiles
        .Select(p => (Path: p, Config: SquidConfig.Load(p)))
        .Where(f => f.Config.MarkerLocation != null && f.Config.Sensors.Count == 0)
        .Select(f => (f.Path, f.Config.ToString()))
        .ToArray();

    [Fact]
    public void There_are_corpus_files_with_a_marker() => FilesWithMarker.Length.Should().BeGreaterThanOrEqualTo(5);

    [Property(MaxTest = 150)]
    public bool Output_minus_the_inserted_lines_is_the_input(NonNegativeInt seed)
    {
        var (file, sensors) = Pick(seed.Get);
        var edited = sensors.Aggregate(SquidConfig.Parse(file), (c, s) => c.AddSensor(s)).ToString();
        var expectedInserted = sensors.SelectMany(s => new[] { $"acl {s.Name} src {string.Join(" ", s.Addresses)}", $"http_access allow {s.Name}" }).ToList();
        var kept = new List<string>();
        var inserted = new List<string>();
        foreach (var line in SplitKeepingEndings(edited))
        {
            var normalized = string.Join(" ", line.TrimEnd('\r', '\n').Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries));
            if (inserted.Count < expectedInserted.Count && expectedInserted.Contains(normalized) && !inserted.Contains(normalized))
            {
                inserted.Add(normalized);
            }
            else
            {
                kept.Add(line);
            }
        }

        return inserted.SequenceEqual(expectedInserted) && string.Concat(kept) == file;
    }

    [Property(MaxTest = 100)]
    public bool Adding_again_is_idempotent(NonNegativeInt seed)
    {
        var (file, sensors) = Pick(seed.Get);
        var once = sensors.Aggregate(SquidConfig.Parse(file), (c, s) => c.AddSensor(s));
        var twice = sensors.Aggregate(once, (c, s) => c.AddSensor(s));
        return twice.ToString() == once.ToString();
    }

    [Property(MaxTest = 100)]
    public bool Add_then_remove_restores_the_input(NonNegativeInt seed)
    {
        var (file, sensors) = Pick(seed.Get);
        var added = sensors.Aggregate(SquidConfig.Parse(file), (c, s) => c.AddSensor(s));
        var order = new Random(seed.Get).Next(2) == 0 ? sensors : sensors.AsEnumerable().Reverse().ToList();
        return order.Aggregate(added, (c, s) => c.RemoveSensor(s.Name)).ToString() == file;
    }

    private static (string File, List<Sensor> Sensors) Pick(int seed)
    {
        var random = new Random(seed);
        var file = FilesWithMarker[random.Next(FilesWithMarker.Length)].Text;
        var count = random.Next(1, 8);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var sensors = new List<Sensor>();
        while (sensors.Count < count)
        {
            var name = "s" + random.Next(0, 1000) + (random.Next(2) == 0 ? "-hall" : string.Empty);
            if (!names.Add(name))
            {
                continue;
            }

            var addresses = Enumerable.Range(0, random.Next(1, 4)).Select(_ => RandomAddress(random)).ToArray();
            sensors.Add(new Sensor(name, addresses));
        }

        return (file, sensors);
    }

    private static string RandomAddress(Random random) => random.Next(4) switch
    {
        0 => $"10.{random.Next(256)}.{random.Next(256)}.{random.Next(1, 255)}",
        1 => $"10.{random.Next(256)}.{random.Next(256)}.0/24",
        2 => $"192.168.{random.Next(256)}.1-192.168.{random.Next(256)}.9",
        _ => $"fd00::{random.Next(1, 0xffff):x}",
    };

    private static IEnumerable<string> SplitKeepingEndings(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                yield return text.Substring(start, i - start + 1);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text.Substring(start);
        }
    }
}
