using ProxyConnect.Squid;
using ProxyConnect.Squid.Model;

namespace ProxyConnect.Tests.Model;

public class ModelViewTests
{
    [Fact]
    public void Acl_splits_options_values_and_file_references()
    {
        var acl = SquidConfig.Parse("acl dom dstdomain -n -- -odd.example.com \"/etc/squid/more.txt\" .example.com\n").Acls.Single();
        acl.Name.Should().Be("dom");
        acl.AclType.Should().Be("dstdomain");
        acl.Options.Should().Equal("-n");
        acl.Values.Should().Equal("-odd.example.com", ".example.com");
        acl.FileReferences.Should().Equal("/etc/squid/more.txt");
    }

    [Fact]
    public void Acl_reads_parameters_function_only_with_quoted_values_on()
    {
        var config = SquidConfig.Parse("configuration_includes_quoted_values on\nacl a dstdomain parameters(\"/etc/a.txt\") \"b c\"\n");
        var acl = config.Acls.Single();
        acl.FileReferences.Should().Equal("/etc/a.txt");
        acl.Values.Should().Equal("b c");
    }

    [Fact]
    public void Acl_names_compare_case_insensitively()
    {
        var config = SquidConfig.Parse("acl Sensor1 src 10.0.0.1\nacl other src 10.0.0.2\nacl SENSOR1 src 10.0.0.3\n");
        config.FindAcl("sensor1").Select(a => a.Line).Should().Equal(1, 3);
    }

    [Theory]
    [InlineData("http_port 3128", null, 3128, null)]
    [InlineData("http_port 127.0.0.1:3129", "127.0.0.1", 3129, null)]
    [InlineData("http_port [::1]:3128 name=x", "::1", 3128, null)]
    [InlineData("http_port 8080 accel defaultsite=example.com", null, 8080, "accel")]
    [InlineData("http_port 3128abc", null, null, null)]
    public void Http_port_reads_host_port_and_mode(string line, string? host, int? port, string? mode)
    {
        var directive = SquidConfig.Parse(line + "\n").HttpPorts.Single();
        directive.Host.Should().Be(host);
        directive.Port.Should().Be(port);
        directive.Mode.Should().Be(mode);
    }

    [Fact]
    public void Http_access_reads_action_and_negated_acls()
    {
        var rules = SquidConfig.Parse("http_access deny CONNECT !SSL_ports\nhttp_access Allow x\n").HttpAccessRules.ToList();
        rules[0].Action.Should().Be(AccessAction.Deny);
        rules[0].Acls.Should().Equal(new AclReference("CONNECT", false), new AclReference("SSL_ports", true));
        rules[1].Action.Should().Be(AccessAction.Invalid, "Squid only knows allow and deny, in lower case");
        rules[1].ActionText.Should().Be("Allow");
    }

    [Fact]
    public void Auth_param_value_runs_to_the_end_of_the_line()
    {
        var auth = SquidConfig.Parse("auth_param basic realm Sensors of hall A # not a comment here\n").AuthParams.Single();
        auth.Scheme.Should().Be("basic");
        auth.Parameter.Should().Be("realm");
        auth.Value.Should().Be("Sensors of hall A # not a comment here");
    }

    [Fact]
    public void Cache_peer_reads_host_type_ports_and_options()
    {
        var peer = SquidConfig.Parse("cache_peer parent.example.com parent 3128 0 no-query default\n").CachePeers.Single();
        peer.Host.Should().Be("parent.example.com");
        peer.PeerType.Should().Be("parent");
        peer.HttpPort.Should().Be(3128);
        peer.IcpPort.Should().Be(0);
        peer.Options.Should().Equal("no-query", "default");
    }

    [Fact]
    public void Include_and_conditionals_and_generic_directives_get_their_views()
    {
        var directives = SquidConfig.Parse("include /etc/squid/conf.d/*.conf\nif ${process_number} = 1\nworkers 2\nendif\n").Directives.ToList();
        directives[0].Should().BeOfType<IncludeDirective>().Which.Patterns.Should().Equal("/etc/squid/conf.d/*.conf");
        directives[1].Should().BeOfType<ConditionalDirective>().Which.Expression.Should().Be("${process_number} = 1");
        directives[2].Should().BeOfType<GenericDirective>().Which.Arguments.Should().Equal("2");
        directives[3].Should().BeOfType<ConditionalDirective>().Which.Keyword.Should().Be("endif");
    }

    [Fact]
    public void New_views_render_single_lines()
    {
        new AclDirective("SSL_ports", "port", "8443").Syntax.Text.Should().Be("acl SSL_ports port 8443\n");
        new HttpAccessDirective(AccessAction.Allow, "sensor1").Syntax.Text.Should().Be("http_access allow sensor1\n");
        new HttpPortDirective(3128, "::1").Syntax.Text.Should().Be("http_port [::1]:3128\n");
        new AclDirective("SSL_ports", "port", "8443").Line.Should().Be(0);
    }
}
