using ApprovalTests;
using ProxyConnect.Sensors;
using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

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

    /// <summary>Each version's default defines exactly the ACLs that version does not predefine, keeps the marker,
    /// and carries no template line.</summary>
    [Theory]
    [InlineData(4, true, true)]
    [InlineData(5, false, true)]
    [InlineData(6, false, false)]
    [InlineData(7, false, false)]
    public void Each_version_defines_what_it_does_not_predefine(int major, bool definesConnect, bool definesLinkLocal)
    {
        var target = SquidTarget.Known.Single(t => t.Major == major);
        var text = SquidConfig.DefaultTextFor(target);

        text.Contains("\nacl CONNECT method CONNECT\n").Should().Be(definesConnect);
        text.Contains("\nacl to_linklocal dst ").Should().Be(definesLinkLocal);
        text.Should().Contain(SquidConfig.MarkerText).And.NotContain("#@").And.EndWith("coredump_dir /var/spool/squid\n");
        SquidConfig.CreateDefault(target).ToString().Should().Be(text);
    }

    /// <summary>Without a target the default is the newest Squid's.</summary>
    [Fact]
    public void The_parameterless_default_is_the_newest_squids() =>
        SquidConfig.DefaultText.Should().Be(SquidConfig.DefaultTextFor(SquidTarget.Newest));
}
