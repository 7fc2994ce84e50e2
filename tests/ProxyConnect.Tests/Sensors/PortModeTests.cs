using ProxyConnect.Sensors;
using ProxyConnect.Squid;

namespace ProxyConnect.Tests.Sensors;

/// <summary>Issue 17, point 10: every mode word of an http_port counts, and intercept beats ssl-bump.</summary>
public class PortModeTests
{
    [Theory]
    [InlineData("http_port 3128 ssl-bump intercept", "intercept")]
    [InlineData("http_port 3128 intercept ssl-bump", "intercept")]
    [InlineData("http_port 3128 ssl-bump tproxy", "tproxy")]
    [InlineData("http_port 3128 ssl-bump", "ssl-bump")]
    [InlineData("http_port 3128 accel", "accel")]
    public void The_mode_is_the_one_that_decides_who_the_port_serves(string line, string mode)
    {
        var port = SquidConfig.Parse(line + "\n").HttpPorts.Single();

        port.Mode.Should().Be(mode);
        port.Modes.Should().Contain(mode);
    }

    [Fact]
    public void Check_against_does_not_take_an_intercepting_ssl_bump_port_for_a_forward_port()
    {
        var config = SquidConfig.Parse("http_port 3128 ssl-bump intercept\nacl s src 10.1.0.5\nhttp_access allow s\nhttp_access deny all\n");
        var settings = new SensorProxySettings { Enabled = true, Address = "10.0.0.1", Port = 3128 };

        settings.CheckAgainst(config, "10.1.0.5").Problems.Should().Contain(p => p.Aspect == ProxyCheckAspect.Listening);
    }
}
