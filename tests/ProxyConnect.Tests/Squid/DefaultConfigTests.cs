using ApprovalTests;
using ProxyConnect.Sensors;
using ProxyConnect.Squid;

namespace ProxyConnect.Tests.Squid;

public class DefaultConfigTests
{
    [Fact]
    public void The_default_config_is_our_own_text() => Approvals.Verify(SquidConfig.DefaultText);

    [Fact]
    public void The_default_config_has_the_marker_port_and_final_deny()
    {
        var config = SquidConfig.CreateDefault();
        config.MarkerLocation.Should().NotBeNull();
        config.HttpPorts.Single().Port.Should().Be(3128);
        var last = config.HttpAccessRules.Last();
        last.Action.Should().Be(ProxyConnect.Squid.Model.AccessAction.Deny);
        last.Acls.Select(a => a.ToString()).Should().Equal("all");
        config.MarkerLocation!.Line.Should().BeLessThan(last.Line);
    }

    [Fact]
    public void Sensors_added_to_the_default_land_between_the_marker_and_the_final_deny()
    {
        var config = SquidConfig.CreateDefault().AddSensor(new Sensor("sensor1", "10.1.0.5"));
        var sensorRule = config.HttpAccessRules.Single(r => r.Acls.Any(a => a.Name == "sensor1"));
        sensorRule.Line.Should().BeGreaterThan(config.MarkerLocation!.Line).And.BeLessThan(config.HttpAccessRules.Last().Line);
        config.EditWarnings.Should().BeEmpty();
    }
}
