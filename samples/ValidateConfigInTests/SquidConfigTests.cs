using FluentAssertions;
using ProxyConnect.Analysis;
using ProxyConnect.Squid;
using ProxyConnect.Testing;

namespace ValidateConfigInTests;

/// <summary>The checks a team runs on its deploy/squid.conf before it ships, with ProxyConnect.Testing's
/// FluentAssertions extensions: a failure names the deciding rule with its file and line, and the rules tried.</summary>
public class SquidConfigTests
{
    private static readonly string ConfigPath = Path.Combine(AppContext.BaseDirectory, "deploy", "squid.conf");

    private static readonly SquidConfig Config = SquidConfig.Load(ConfigPath);

    /// <summary>Every sensor of the fleet, with an address it connects from.</summary>
    public static TheoryData<string, string> Sensors => new()
    {
        { "sensor1", "10.1.0.5" },
        { "plant-b", "10.2.0.17" },
    };

    [Fact]
    public void Squid_accepts_the_config() =>
        Config.Should().HaveNoLintErrors("Squid must accept the config we deploy");

    [Fact]
    public void The_whole_file_with_its_includes_has_no_lint_errors() =>
        SquidConfig.LintFile(ConfigPath).Where(f => f.Severity == Severity.Error).Should().BeEmpty();

    [Theory]
    [MemberData(nameof(Sensors))]
    public void Every_sensor_may_CONNECT_to_443(string name, string address) =>
        Config.Should().Allow(new AccessRequest(address, "CONNECT", 443), "sensor {0} must reach its cloud service", name);

    [Fact]
    public void A_stranger_is_denied_by_the_final_rule() =>
        Config.Should().Deny(new AccessRequest("192.0.2.7"))
            .Which.DecidingRule!.Text.Should().Be("http_access deny all");

    [Fact]
    public void Sensors_may_not_CONNECT_elsewhere() =>
        Config.Should().Deny(new AccessRequest("10.1.0.5", "CONNECT", 22));

    [Fact]
    public void Sensor1_is_listed_with_its_address() =>
        Config.Should().ContainSensor("sensor1").WithAddress("10.1.0.5");
}
