using ProxyConnect.Analysis;
using ProxyConnect.Squid;
using ProxyConnect.Testing;

namespace ProxyConnect.Testing.Tests;

/// <summary>The example of the README, as written (deploy/squid.conf is copied next to the test assembly).</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void Deployed_config_lets_the_sensors_through()
    {
        var config = SquidConfig.Load("deploy/squid.conf");

        config.Should().HaveNoLintErrors();
        config.Should().Allow(new AccessRequest("10.1.0.5"), because: "sensor1 must reach the cloud");
        config.Should().Deny(new AccessRequest("192.0.2.7"));
        config.Should().ContainSensor("sensor1").WithAddress("10.1.0.5");
    }
}
