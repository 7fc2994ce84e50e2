using BenchmarkDotNet.Attributes;
using ProxyConnect.Analysis;
using ProxyConnect.Sensors;
using ProxyConnect.Squid;
using ProxyConnect.Squid.Syntax;

namespace ProxyConnect.Benchmarks;

/// <summary>Parse, write, edit and lint on the stock config and on the stock config with 20,000 and 100,000 sensors.</summary>
/// <remarks>
/// "Cold" benchmarks start from the text, as the command-line tool does (tokens are parsed lazily, so the first
/// reader of a document pays for them). "Warm" ones reuse a document whose lines were already tokenized.
/// Write renders every node (<see cref="SquidConfig.ToString"/> of a document without cached text, the path taken
/// after any edit); writing an unedited parsed document costs nothing, because it returns its source text.
/// </remarks>
[MemoryDiagnoser]
public class DocumentBenchmarks
{
    private static readonly Sensor NewSensor = new("bench-new", "10.250.0.1");

    private string _text = string.Empty;
    private SquidConfig _parsed = null!;
    private SyntaxNode[] _nodes = Array.Empty<SyntaxNode>();
    private SquidConfig _warm = null!;

    [Params(Inputs.Stock, "10k-sensors", Inputs.Sensors20k, Inputs.Sensors100k)]
    public string Input { get; set; } = Inputs.Stock;

    /// <summary>Characters of the input (ASCII, so also its size in bytes), for MB/s.</summary>
    public int Size => _text.Length;

    [GlobalSetup]
    public void Setup()
    {
        _text = Inputs.Verified(Input);
        _parsed = SquidConfig.Parse(_text);
        _nodes = _parsed.Nodes.ToArray();
        _warm = SquidConfig.Parse(_text);
        _ = _warm.Sensors; // tokenizes every directive line once
        _ = _warm.Lint();
        if (_warm.AddSensor(NewSensor).Sensors.Count != Inputs.SensorCount(Input) + 1)
        {
            throw new InvalidOperationException("AddSensor did not add the sensor");
        }
    }

    [Benchmark(Description = "parse")]
    public SquidConfig Parse() => SquidConfig.Parse(_text);

    [Benchmark(Description = "write")]
    public string Write() => _parsed.WithNodes(_nodes, Array.Empty<ConfigDiagnostic>()).ToString();

    [Benchmark(Description = "parse+write")]
    public string ParseWrite()
    {
        var config = SquidConfig.Parse(_text);
        return config.WithNodes((SyntaxNode[])config.Nodes, Array.Empty<ConfigDiagnostic>()).ToString();
    }

    [Benchmark(Description = "parse+add sensor+write")]
    public string ParseAddSensorWrite() => SquidConfig.Parse(_text).AddSensor(NewSensor).ToString();

    [Benchmark(Description = "add sensor+write (warm)")]
    public string AddSensorWriteWarm() => _warm.AddSensor(NewSensor).ToString();

    [Benchmark(Description = "parse+lint")]
    public IReadOnlyList<LintFinding> ParseLint() => SquidConfig.Parse(_text).Lint();

    [Benchmark(Description = "lint (warm)")]
    public IReadOnlyList<LintFinding> LintWarm() => _warm.Lint();
}
