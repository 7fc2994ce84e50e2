using ApprovalTests;
using ProxyConnect.Sensors;
using ProxyConnect.Squid;
using ProxyConnect.Squid.Editing;
using ProxyConnect.Squid.Model;

namespace ProxyConnect.Tests.Editing;

public class GeneratedConfigTests
{
    /// <summary>The README's "generate a config in code" example.</summary>
    public static SquidConfig ReadmeExample() =>
        SquidConfig.CreateDefault()
            .SetHttpPort(3128)
            .AddAcl(new AclDirective("SSL_ports", "port", "8443"))
            .AddSensor(new Sensor("sensor1", "10.1.0.5"))
            .AddSensor(new Sensor("plant-b", "10.2.0.0/24"))
            .AddSensor(new Sensor("hall-c", "fd00::17"))
            .RequireBasicAuth(passwordFile: "/etc/squid/passwords", realm: "Sensors");

    [Fact]
    public void Default_plus_port_ssl_ports_three_sensors_and_auth() => Approvals.Verify(ReadmeExample().ToString());

    [Fact]
    public void Set_http_port_replaces_the_line_in_place_and_drops_others()
    {
        var config = SquidConfig.Parse("# a\nhttp_port 3128 # main\nvisible_hostname x\nhttp_port 8080\n").SetHttpPort(3129, "127.0.0.1");
        config.ToString().Should().Be("# a\nhttp_port 127.0.0.1:3129 # main\nvisible_hostname x\n");
    }

    [Fact]
    public void Add_acl_goes_after_the_lines_of_the_same_name()
    {
        var text = "acl SSL_ports port 443\nacl Safe_ports port 80\nhttp_access deny all\n";
        SquidConfig.Parse(text).AddAcl(new AclDirective("SSL_ports", "port", "8443")).ToString()
            .Should().Be("acl SSL_ports port 443\nacl SSL_ports port 8443\nacl Safe_ports port 80\nhttp_access deny all\n");
    }

    [Fact]
    public void A_new_acl_goes_after_the_last_acl_above_the_first_rule()
    {
        var text = "acl a src 10.0.0.1\nhttp_access allow a\nacl late src 10.0.0.2\nhttp_access deny all\n";
        SquidConfig.Parse(text).AddAcl(new AclDirective("b", "dst", "10.9.0.0/16")).ToString()
            .Should().Be("acl a src 10.0.0.1\nacl b dst 10.9.0.0/16\nhttp_access allow a\nacl late src 10.0.0.2\nhttp_access deny all\n");
    }

    [Fact]
    public void A_new_rule_goes_before_the_final_deny_all()
    {
        var text = "acl a src 10.0.0.1\nhttp_access allow localhost\n# finally\nhttp_access deny all\n";
        SquidConfig.Parse(text).AddDirective(new HttpAccessDirective(AccessAction.Allow, "a")).ToString()
            .Should().Be("acl a src 10.0.0.1\nhttp_access allow localhost\nhttp_access allow a\n# finally\nhttp_access deny all\n");
    }

    [Fact]
    public void Explicit_positions_before_and_after_a_directive()
    {
        var config = SquidConfig.Parse("http_port 3128\ncoredump_dir /x\n");
        var port = config.HttpPorts.Single();
        config.AddDirective(new GenericDirective("visible_hostname", "proxy"), DirectivePosition.Before(port)).ToString()
            .Should().Be("visible_hostname proxy\nhttp_port 3128\ncoredump_dir /x\n");
        config.AddDirective(new GenericDirective("visible_hostname", "proxy"), DirectivePosition.After(port)).ToString()
            .Should().Be("http_port 3128\nvisible_hostname proxy\ncoredump_dir /x\n");
    }

    [Fact]
    public void Replace_arguments_keeps_layout_and_comment()
    {
        var config = SquidConfig.Parse("\tcache_peer\tp.example\tparent\t3128\t0\t# upstream\r\n");
        config.ReplaceArguments(config.CachePeers.Single(), "q.example", "parent", "8080", "0", "no-query").ToString()
            .Should().Be("\tcache_peer\tq.example\tparent\t8080\t0\tno-query\t# upstream\r\n");
    }

    [Fact]
    public void Sensors_added_after_basic_auth_require_it_only_when_asked_and_are_still_read_back()
    {
        var config = SquidConfig.CreateDefault().RequireBasicAuth("/etc/squid/passwords")
            .AddSensor(new Sensor("s", "10.0.0.1") { RequiredAcl = Sensor.DefaultAuthAcl })
            .AddSensor(new Sensor("plain", "10.0.0.2"));
        config.HttpAccessRules.Select(r => r.ToString()).Should().Contain("http_access allow s authenticated").And.Contain("http_access allow plain");
        config.Sensors.Select(s => s.Name).Should().Equal("s", "plain");
        config.RemoveSensor("s").RemoveSensor("plain").Sensors.Should().BeEmpty();
    }

    [Fact]
    public void Requiring_basic_auth_twice_changes_nothing_more()
    {
        var once = SquidConfig.CreateDefault().AddSensor(new Sensor("s", "10.0.0.1")).RequireBasicAuth("/etc/squid/passwords", "Sensors");
        once.RequireBasicAuth("/etc/squid/passwords", "Sensors").ToString().Should().Be(once.ToString());
    }

    [Fact]
    public void Generated_configs_lint_without_errors()
    {
        ReadmeExample().Lint().Where(f => f.Severity == Severity.Error).Should().BeEmpty();
    }
}
