using System.Text;
using BenchmarkDotNet.Attributes;
using ProxyConnect.Analysis;
using ProxyConnect.Squid;

namespace ProxyConnect.Benchmarks;

/// <summary>Cost of one decision that reaches the final <c>http_access deny all</c> behind N sensor rules, to show
/// the cost per rule stays flat from 1,000 to 100,000 rules. "indexed": the plain sensor pairs AddSensor writes
/// (<c>acl NAME src ADDRESS</c> + <c>http_access allow NAME</c>), answered by the source index; "walked": the same
/// sensors with a second ACL on each rule (<c>http_access allow NAME CONNECT</c>), which every decision walks.</summary>
[MemoryDiagnoser]
public class EvaluateScaleBenchmarks
{
    private SquidConfig _config = null!;
    private AccessRequest _denied = null!;
    private AccessRequest _lastSensor = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Rules { get; set; }

    [Params("indexed", "walked")]
    public string Shape { get; set; } = "indexed";

    [GlobalSetup]
    public void Setup()
    {
        var text = new StringBuilder("acl SSL_ports port 443\nhttp_access deny CONNECT !SSL_ports\n");
        for (var i = 0; i < Rules; i++)
        {
            var (name, address) = Inputs.Sensor(i);
            text.Append("acl ").Append(name).Append(" src ").Append(address).Append('\n');
            text.Append("http_access allow ").Append(name).Append(Shape == "walked" ? " CONNECT\n" : "\n");
        }

        text.Append("http_access deny all\n");
        _config = SquidConfig.Parse(text.ToString());
        _denied = new AccessRequest("192.0.2.1", "CONNECT", 443, "203.0.113.9");
        _lastSensor = new AccessRequest(Inputs.Sensor(Rules - 1).Address, "CONNECT", 443, "203.0.113.9");
        DecisionCheck.Expect(_config.Evaluate(_denied), AccessVerdict.Denied);
        DecisionCheck.Expect(_config.Evaluate(_lastSensor), AccessVerdict.Allowed);
    }

    [Benchmark(Description = "evaluate (denied after every rule)")]
    public AccessDecision EvaluateDenied() => _config.Evaluate(_denied);

    [Benchmark(Description = "evaluate (last sensor allowed)")]
    public AccessDecision EvaluateLastSensor() => _config.Evaluate(_lastSensor);
}
