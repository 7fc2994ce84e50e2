using ProxyConnect.Sensors;
using ProxyConnect.Squid;
using ProxyConnect.Tests.Shared;

namespace ProxyConnect.Tests.Sensors;

public class CheckAgainstTests
{
    private static readonly SquidConfig Stock = SquidConfig.Load(RepoPaths.StockDebianConfig);
    private static readonly SensorProxySettings Settings = new() { Enabled = true, Address = "10.0.0.1", Port = 3128 };

    [Fact]
    public void The_stock_config_lets_no_sensor_through_and_names_the_deciding_line()
    {
        var result = Settings.CheckAgainst(Stock, "10.1.0.5");
        result.WillGetThrough.Should().BeFalse();
        result.Findings.Single(f => f.Aspect == ProxyCheckAspect.Listening).IsProblem.Should().BeFalse();
        var access = result.Problems.Single();
        access.Aspect.Should().Be(ProxyCheckAspect.Access);
        access.Message.Should().Contain("denied by 'http_access deny all'").And.Contain("line 1555");
        access.Location!.Line.Should().Be(1555);
    }

    [Fact]
    public void With_the_sensor_added_it_gets_through()
    {
        var config = Stock.AddSensor(new Sensor("sensor1", "10.1.0.5"));
        var result = Settings.CheckAgainst(config, "10.1.0.5");
        result.WillGetThrough.Should().BeTrue(result.ToString());
        result.Findings.Single(f => f.Aspect == ProxyCheckAspect.Access).Message.Should().Contain("allowed by 'http_access allow sensor1' at");
    }

    [Fact]
    public void On_squid_6_the_access_finding_names_its_assumption_about_the_cloud_host()
    {
        var config = ProxyConnect.Tests.Analysis.StockRules.With(ProxyConnect.Squid.Knowledge.SquidTarget.Squid6, ("sensor1", "10.1.0.5"));
        var result = Settings.CheckAgainst(config, "10.1.0.5", ProxyConnect.Squid.Knowledge.SquidTarget.Squid6);
        result.WillGetThrough.Should().BeTrue(result.ToString());
        result.Findings.Single(f => f.Aspect == ProxyCheckAspect.Access).Message.Should()
            .Contain("allowed by 'http_access allow sensor1'")
            .And.Contain("(assuming: no destination given: assuming a public internet host");
        Settings.CheckAgainst(config, "192.0.2.7", ProxyConnect.Squid.Knowledge.SquidTarget.Squid6).WillGetThrough.Should().BeFalse();
    }

    [Fact]
    public void A_wrong_port_is_a_problem_that_lists_the_ports_squid_listens_on()
    {
        var result = (Settings with { Port = 8080 }).CheckAgainst(Stock.AddSensor(new Sensor("sensor1", "10.1.0.5")), "10.1.0.5");
        result.Problems.Should().ContainSingle().Which.Message.Should().Contain("No http_port serves 10.0.0.1:8080").And.Contain("3128");
    }

    [Fact]
    public void Credentials_on_a_proxy_without_authentication_are_reported()
    {
        var result = (Settings with { Username = "sensor", Password = "pw-123456" }).CheckAgainst(Stock.AddSensor(new Sensor("sensor1", "10.1.0.5")), "10.1.0.5");
        result.Problems.Should().ContainSingle().Which.Aspect.Should().Be(ProxyCheckAspect.Authentication);
        result.ToString().Should().NotContain("pw-123456");
    }

    [Fact]
    public void A_proxy_that_requires_authentication_needs_credentials_on_the_sensor()
    {
        var config = Stock.AddSensor(new Sensor("sensor1", "10.1.0.5")).RequireBasicAuth("/etc/squid/passwords", "Sensors");
        var without = Settings.CheckAgainst(config, "10.1.0.5");
        without.WillGetThrough.Should().BeFalse();
        without.Problems.Select(p => p.Aspect).Should().BeEquivalentTo(new[] { ProxyCheckAspect.Access, ProxyCheckAspect.Authentication });
        without.Problems.First(p => p.Aspect == ProxyCheckAspect.Access).Message.Should().Contain("407");

        var with = (Settings with { Username = "sensor1", Password = "pw-123456" }).CheckAgainst(config, "10.1.0.5");
        with.WillGetThrough.Should().BeTrue(with.ToString());
    }

    [Fact]
    public void Disabled_settings_never_get_through()
    {
        var result = (Settings with { Enabled = false }).CheckAgainst(Stock.AddSensor(new Sensor("sensor1", "10.1.0.5")), "10.1.0.5");
        result.WillGetThrough.Should().BeFalse();
        result.Problems.Single().Message.Should().Contain("disabled");
    }
}
