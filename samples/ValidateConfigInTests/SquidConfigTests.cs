using FluentAssertions;
using ProxyConnect.Analysis;
using ProxyConnect.Squid;

namespace ValidateConfigInTests;

/// <summary>The checks a team runs on its deploy/squid.conf before it ships.</summary>
public class SquidConfigTests
{
    private static readonly string ConfigPath = Path.Combine(AppContext.BaseDirectory, "deploy", "squid.conf");

    /// <summary>Every sensor of the fleet, by the address it connects from.</summary>
    public static TheoryData<string, string> Sensors => new()
    {
        { "sensor1", "10.1.0.5" },
        { "plant-b", "10.2.0.17" },
    };

    [Fact]
    public void Lint_finds_no_errors()
    {
        var errors = SquidConfig.LintFile(ConfigPath).Where(f => f.Severity == Severity.Error);

        errors.Should().BeEmpty("Squid must accept the config we deploy");
    }

    [Theory]
    [MemberData(nameof(Sensors))]
    public void Every_sensor_may_CONNECT_to_443(string name, string address)
    {
        var decision = SquidConfig.EvaluateFile(ConfigPath, new AccessRequest(address, "CONNECT", 443));

        decision.Verdict.Should().Be(AccessVerdict.Allowed, "sensor {0} must reach its cloud service ({1})", name, decision.DecidingRule);
    }

    [Fact]
    public void A_stranger_is_denied()
    {
        var decision = SquidConfig.EvaluateFile(ConfigPath, new AccessRequest("192.0.2.7", "CONNECT", 443));

        decision.Verdict.Should().Be(AccessVerdict.Denied);
        decision.DecidingRule!.Text.Should().Be("http_access deny all");
    }

    [Fact]
    public void Sensors_may_not_CONNECT_elsewhere()
    {
        var decision = SquidConfig.EvaluateFile(ConfigPath, new AccessRequest("10.1.0.5", "CONNECT", 22));

        decision.Verdict.Should().Be(AccessVerdict.Denied);
    }
}
