using BenchmarkDotNet.Attributes;
using ProxyConnect.Squid;
using ProxyConnect.Squid.Syntax;

namespace ProxyConnect.Benchmarks;

/// <summary>What one directive line costs: the Sprache grammar alone, and the whole lazy parse of a line's tokens
/// (continuations joined, raw-line checks, tokens mapped back to columns). Targeted: the cold edit and lint
/// figures are dominated by this, once per directive line.</summary>
[MemoryDiagnoser]
public class LineBenchmarks
{
    private const string SensorAcl = "acl sensor000001 src 10.1.0.1\n";
    private const string StockAcl = "acl localnet src 10.0.0.0/8\t\t# RFC 1918 local private network (LAN)\n";

    [Params(SensorAcl, StockAcl)]
    public string Line { get; set; } = SensorAcl;

    [Benchmark(Description = "Sprache grammar of one line")]
    public int Grammar() => DirectiveGrammar.Tokenize(Line.TrimEnd('\n'), allowComment: true, quotes: false).Count;

    [Benchmark(Description = "tokens of one parsed line (lazy parse)")]
    public int Tokens() => ((DirectiveLine)SquidConfig.Parse(Line).Nodes[0]).Arguments.Count;
}
