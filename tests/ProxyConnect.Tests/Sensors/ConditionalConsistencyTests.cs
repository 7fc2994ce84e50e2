using ProxyConnect.Analysis;
using ProxyConnect.Sensors;
using ProxyConnect.Squid;

namespace ProxyConnect.Tests.Sensors;

/// <summary>Issue 17, point 10: Sensors, CheckAgainst and Evaluate see the same directives (if branches resolved).</summary>
public class ConditionalConsistencyTests
{
    private const string Config =
        "http_port 3128\n" +
        "if ${process_number} = 2\n" +
        "http_port 8080\n" +
        "acl ghost src 10.9.0.1\n" +
        "http_access allow ghost\n" +
        "endif\n" +
        "acl sensor1 src 10.1.0.5\n" +
        "http_access allow sensor1\n" +
        "http_access deny all\n";

    [Fact]
    public void A_sensor_in_a_branch_squid_skips_is_not_listed_and_evaluate_agrees()
    {
        var config = SquidConfig.Parse(Config);

        config.Sensors.Select(s => s.Name).Should().Equal("sensor1");
        config.Evaluate(new AccessRequest("10.9.0.1")).Verdict.Should().Be(AccessVerdict.Denied);
    }

    [Fact]
    public void A_port_in_a_branch_squid_skips_does_not_count_for_check_against()
    {
        var config = SquidConfig.Parse(Config.Replace("10.1.0.5", "10.9.0.1"));
        var settings = new SensorProxySettings { Enabled = true, Address = "10.0.0.1", Port = 8080 };

        var result = settings.CheckAgainst(config, "10.9.0.1");

        result.Problems.Should().Contain(p => p.Aspect == ProxyCheckAspect.Listening);
    }
}
