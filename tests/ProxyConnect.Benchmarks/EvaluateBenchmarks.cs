using BenchmarkDotNet.Attributes;
using ProxyConnect.Analysis;
using ProxyConnect.Squid;

namespace ProxyConnect.Benchmarks;

/// <summary>http_access decisions per second on compiled rules: the stock config with 10 sensors, and with 1k, 10k
/// and 100k sensors (two lines each, one rule each) to show the cost grows linearly with the rules walked.</summary>
[MemoryDiagnoser]
public class EvaluateBenchmarks
{
    private SquidConfig _config = null!;
    private AccessRequest _denied = null!;
    private AccessRequest _lastSensor = null!;

    /// <summary>"stock+10", or N sensors at the marker of the stock config.</summary>
    [Params("stock+10", "1k-sensors", "10k-sensors", "100k-sensors")]
    public string Rules { get; set; } = "stock+10";

    [GlobalSetup]
    public void Setup()
    {
        _config = SquidConfig.Parse(Inputs.Verified(Rules));
        var sensors = Inputs.SensorCount(Rules);

        // Not a sensor: every rule is tried, and the final 'http_access deny all' decides.
        _denied = new AccessRequest("192.0.2.1", "CONNECT", 443, "203.0.113.9");
        // The last sensor: all sensor rules but its own fail first.
        _lastSensor = new AccessRequest(Inputs.Sensor(sensors - 1).Address, "CONNECT", 443, "203.0.113.9");

        // The first call compiles the rules (lint included); check that the answers are real ones.
        DecisionCheck.Expect(_config.Evaluate(_denied), AccessVerdict.Denied);
        DecisionCheck.Expect(_config.Evaluate(_lastSensor), AccessVerdict.Allowed);
    }

    [Benchmark(Description = "evaluate (denied, walks every rule)")]
    public AccessDecision EvaluateDenied() => _config.Evaluate(_denied);

    [Benchmark(Description = "evaluate (last sensor allowed)")]
    public AccessDecision EvaluateLastSensor() => _config.Evaluate(_lastSensor);
}
