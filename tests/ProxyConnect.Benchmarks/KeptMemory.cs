using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using ProxyConnect.Squid;

namespace ProxyConnect.Benchmarks;

/// <summary>Memory a loaded document keeps alive, against its file size: GC.GetTotalMemory after a full collection,
/// before and after loading the file and holding the document (source text included: .NET strings are UTF-16,
/// so the text alone is 2 bytes per ASCII byte of the file).</summary>
public static class KeptMemory
{
    public static int Run(string outputPath, string folder)
    {
        var rows = new List<string>();
        foreach (var input in new[] { Inputs.Stock, Inputs.Sensors20k, Inputs.Sensors100k })
        {
            var path = Inputs.WriteTo(input, folder);
            var fileBytes = new FileInfo(path).Length;
            Inputs.Verified(input);

            // Warm up the code paths so JIT data and statics are not counted.
            Measure(path, tokenize: true);
            var parsed = Median(Enumerable.Range(0, 3).Select(_ => Measure(path, tokenize: false)));
            var tokenized = Median(Enumerable.Range(0, 3).Select(_ => Measure(path, tokenize: true)));
            var line = string.Format(CultureInfo.InvariantCulture,
                "{{\"input\":\"{0}\",\"fileBytes\":{1},\"keptParsed\":{2},\"keptTokenized\":{3}}}", input, fileBytes, parsed, tokenized);
            rows.Add(line);
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "kept memory {0}: file {1:N0} B, parsed {2:N0} B ({3:F2}x), after reading every directive {4:N0} B ({5:F2}x)",
                input, fileBytes, parsed, (double)parsed / fileBytes, tokenized, (double)tokenized / fileBytes));
        }

        File.WriteAllText(outputPath, "[\n" + string.Join(",\n", rows) + "\n]\n", new UTF8Encoding(false));
        return 0;
    }

    private static long Median(IEnumerable<long> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted[sorted.Length / 2];
    }

    private static long Measure(string path, bool tokenize)
    {
        var before = Collected();
        var config = Load(path, tokenize);
        var after = Collected();
        GC.KeepAlive(config);
        return after - before;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static SquidConfig Load(string path, bool tokenize)
    {
        var config = SquidConfig.Load(path);
        if (tokenize)
        {
            // Every directive line parsed into tokens (what Sensors, Lint and AddSensor do on first use).
            foreach (var directive in config.Directives)
            {
                _ = directive.Syntax.Arguments;
            }
        }

        return config;
    }

    private static long Collected()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
