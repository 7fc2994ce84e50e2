using System.Diagnostics;
using ProxyConnect.Analysis;
using ProxyConnect.Squid;
using ProxyConnect.Tests.Shared;

namespace ProxyConnect.Tests.Analysis;

public class EvaluatorTests
{
    /// <summary>The stock Debian 5.7 config with sensor lines added right after the marker comment block.</summary>
    private static SquidConfig StockWithSensors(int sensors = 1)
    {
        var lines = File.ReadAllText(RepoPaths.StockDebianConfig).Split('\n').ToList();
        var marker = lines.FindIndex(l => l.Contains(SquidConfig.MarkerText));
        var insertAt = marker + 2; // after the closing "#" line of the marker block
        var added = new List<string>();
        for (var i = 1; i <= sensors; i++)
        {
            added.Add($"acl sensor{i} src 10.1.0.{4 + i}");
            added.Add($"http_access allow sensor{i}");
        }

        lines.InsertRange(insertAt, added);
        return SquidConfig.Parse(string.Join("\n", lines), "squid.conf");
    }

    private static int LineOf(SquidConfig config, string text) =>
        config.HttpAccessRules.Single(r => r.Syntax.LogicalText.Trim() == text).Line;

    [Fact]
    public void Sensor_is_allowed_for_connect_443()
    {
        var config = StockWithSensors();
        var d = config.Evaluate(new AccessRequest("10.1.0.5"));

        d.Verdict.Should().Be(AccessVerdict.Allowed);
        d.IsImplicit.Should().BeFalse();
        d.DecidingRule!.Text.Should().Be("http_access allow sensor1");
        d.DecidingRule.Location.Line.Should().Be(LineOf(config, "http_access allow sensor1"));
        d.Trace.Select(t => t.Outcome).Should().EndWith(AccessRuleOutcome.Matched);
        d.Trace[0].Should().Match<AccessRuleTrace>(t => t.Acl == "!Safe_ports" && t.Outcome == AccessRuleOutcome.NotMatched);
    }

    [Fact]
    public void Sensor_is_denied_for_connect_22_by_the_ssl_ports_rule()
    {
        var d = StockWithSensors().Evaluate(new AccessRequest("10.1.0.5", port: 22));

        d.Verdict.Should().Be(AccessVerdict.Denied);
        d.DecidingRule!.Text.Should().Be("http_access deny !Safe_ports");
        d.Trace.Should().ContainSingle().Which.Acl.Should().Be("!Safe_ports");
    }

    [Fact]
    public void Connect_to_safe_but_not_ssl_port_is_denied_by_connect_rule()
    {
        var d = StockWithSensors().Evaluate(new AccessRequest("10.1.0.5", port: 8080));

        d.Verdict.Should().Be(AccessVerdict.Denied);
        d.DecidingRule!.Text.Should().Be("http_access deny CONNECT !SSL_ports");
    }

    [Fact]
    public void Unknown_address_is_denied_by_deny_all_with_its_line()
    {
        var config = StockWithSensors();
        var d = config.Evaluate(new AccessRequest("192.0.2.1"));

        d.Verdict.Should().Be(AccessVerdict.Denied);
        d.IsImplicit.Should().BeFalse();
        d.DecidingRule!.Text.Should().Be("http_access deny all");
        d.DecidingRule.Location.Line.Should().Be(LineOf(config, "http_access deny all"));
    }

    [Fact]
    public void Localhost_is_allowed()
    {
        var d = StockWithSensors().Evaluate(new AccessRequest("127.0.0.1"));
        d.Verdict.Should().Be(AccessVerdict.Allowed);
        d.DecidingRule!.Text.Should().Be("http_access allow localhost");

        StockWithSensors().Evaluate(new AccessRequest("::1")).Verdict.Should().Be(AccessVerdict.Allowed);
    }

    [Theory]
    [InlineData("acl a src 10.0.0.1\nhttp_access allow a\n", "10.9.9.9", AccessVerdict.Denied)]
    [InlineData("acl a src 10.0.0.1\nhttp_access deny a\n", "10.9.9.9", AccessVerdict.Allowed)]
    [InlineData("http_port 3128\n", "10.9.9.9", AccessVerdict.Denied)]
    public void No_matching_rule_gives_the_implicit_answer(string text, string source, AccessVerdict expected)
    {
        var d = SquidConfig.Parse(text).Evaluate(new AccessRequest(source));

        d.Verdict.Should().Be(expected);
        d.IsImplicit.Should().BeTrue();
        d.DecidingRule.Should().BeNull();
    }

    [Theory]
    [InlineData("10.0.0.1", AccessVerdict.Denied)]
    [InlineData("10.0.0.2", AccessVerdict.Allowed)]
    public void Negation(string source, AccessVerdict expected)
    {
        var config = SquidConfig.Parse("acl a src 10.0.0.1\nhttp_access allow !a\nhttp_access deny all\n");
        config.Evaluate(new AccessRequest(source)).Verdict.Should().Be(expected);
    }

    [Theory]
    [InlineData("10.0.0.1", 443, AccessVerdict.Allowed)]
    [InlineData("10.0.0.1", 8443, AccessVerdict.Denied)]
    [InlineData("10.0.0.2", 443, AccessVerdict.Denied)]
    public void Several_acls_on_a_line_are_anded(string source, int port, AccessVerdict expected)
    {
        var config = SquidConfig.Parse("acl a src 10.0.0.1\nacl p port 443\nhttp_access allow a p CONNECT\nhttp_access deny all\n");
        config.Evaluate(new AccessRequest(source, port: port)).Verdict.Should().Be(expected);
    }

    [Theory]
    [InlineData(1024, AccessVerdict.Denied)]
    [InlineData(1025, AccessVerdict.Allowed)]
    [InlineData(65535, AccessVerdict.Allowed)]
    public void Port_ranges(int port, AccessVerdict expected)
    {
        var config = SquidConfig.Parse("acl high port 1025-65535\nhttp_access allow high\nhttp_access deny all\n");
        config.Evaluate(new AccessRequest("10.0.0.1", port: port)).Verdict.Should().Be(expected);
    }

    [Fact]
    public void Same_name_lines_are_ored_and_names_are_case_insensitive()
    {
        var config = SquidConfig.Parse("acl Sensors src 10.0.0.1\nacl sensors src 10.0.0.2\nhttp_access allow SENSORS\nhttp_access deny all\n");
        config.Evaluate(new AccessRequest("10.0.0.2")).Verdict.Should().Be(AccessVerdict.Allowed);
    }

    [Theory]
    [InlineData("cloud.example.com", AccessVerdict.Allowed)]
    [InlineData("example.com", AccessVerdict.Allowed)]
    [InlineData("EXAMPLE.com", AccessVerdict.Allowed)]
    [InlineData("badexample.com", AccessVerdict.Denied)]
    [InlineData("other.org", AccessVerdict.Denied)]
    public void Dstdomain(string destination, AccessVerdict expected)
    {
        var config = SquidConfig.Parse("acl cloud dstdomain .example.com\nhttp_access allow cloud\nhttp_access deny all\n");
        config.Evaluate(new AccessRequest("10.0.0.1", destination: destination)).Verdict.Should().Be(expected);
    }

    [Fact]
    public void Dstdomain_with_address_destination_needs_reverse_dns()
    {
        var config = SquidConfig.Parse("acl cloud dstdomain .example.com\nhttp_access allow cloud\nhttp_access deny all\n");
        var d = config.Evaluate(new AccessRequest("10.0.0.1", destination: "192.0.2.7"));
        d.Verdict.Should().Be(AccessVerdict.Indeterminate);
        d.Reason.Should().Contain("reverse DNS");
    }

    [Fact]
    public void Dst_with_host_name_holding_public_addresses_is_indeterminate_and_with_address_is_matched()
    {
        var config = SquidConfig.Parse("acl net dst 8.8.8.0/24\nhttp_access allow net\nhttp_access deny all\n");
        config.Evaluate(new AccessRequest("10.0.0.1", destination: "8.8.8.8")).Verdict.Should().Be(AccessVerdict.Allowed);
        var named = config.Evaluate(new AccessRequest("10.0.0.1", destination: "cloud.example.com"));
        named.Verdict.Should().Be(AccessVerdict.Indeterminate);
        named.Reason.Should().Contain("what 'cloud.example.com' resolves to");
    }

    [Fact]
    public void Proxy_auth()
    {
        var config = SquidConfig.Parse("auth_param basic program /bin/true\nacl users proxy_auth alice bob\nacl any proxy_auth REQUIRED\nhttp_access allow users\nhttp_access deny all\n");
        config.Evaluate(new AccessRequest("10.0.0.1", user: "alice")).Verdict.Should().Be(AccessVerdict.Allowed);
        config.Evaluate(new AccessRequest("10.0.0.1", user: "carol")).Verdict.Should().Be(AccessVerdict.Denied);

        var none = config.Evaluate(new AccessRequest("10.0.0.1"));
        none.Verdict.Should().Be(AccessVerdict.Denied);
        none.IsAuthenticationRequired.Should().BeTrue();
        none.Trace.Single().Outcome.Should().Be(AccessRuleOutcome.AuthenticationRequired);

        var required = SquidConfig.Parse("auth_param basic program /bin/true\nacl any proxy_auth REQUIRED\nhttp_access allow any\nhttp_access deny all\n");
        required.Evaluate(new AccessRequest("10.0.0.1", user: "anyone")).Verdict.Should().Be(AccessVerdict.Allowed);
    }

    [Fact]
    public void Unsupported_type_is_indeterminate_with_reason()
    {
        var config = SquidConfig.Parse("acl t time MTWHF 08:00-17:00\nhttp_access allow t\nhttp_access deny all\n");
        var d = config.Evaluate(new AccessRequest("10.0.0.1"));

        d.Verdict.Should().Be(AccessVerdict.Indeterminate);
        d.Reason.Should().Contain("time");
        d.Trace.Single().Outcome.Should().Be(AccessRuleOutcome.Unknown);
    }

    [Fact]
    public void Unsupported_type_after_a_definite_mismatch_does_not_matter()
    {
        var config = SquidConfig.Parse("acl a src 10.0.0.1\nacl t time MTWHF 08:00-17:00\nhttp_access allow t a\nhttp_access deny all\n");
        config.Evaluate(new AccessRequest("10.0.0.2")).Verdict.Should().Be(AccessVerdict.Denied);
    }

    [Fact]
    public void Acl_used_before_definition_is_indeterminate()
    {
        var config = SquidConfig.Parse("http_access allow a\nacl a src 10.0.0.1\nhttp_access deny all\n");
        var d = config.Evaluate(new AccessRequest("10.0.0.1"));
        d.Verdict.Should().Be(AccessVerdict.Indeterminate);
        d.Reason.Should().Contain("PXC1031");
    }

    [Fact]
    public void If_branches_are_resolved()
    {
        var config = SquidConfig.Parse("if ${process_number} = 0\nacl a src 10.0.0.1\nelse\nacl a src 10.0.0.2\nendif\nhttp_access allow a\nhttp_access deny all\n");
        config.Evaluate(new AccessRequest("10.0.0.1")).Verdict.Should().Be(AccessVerdict.Allowed);
        config.Evaluate(new AccessRequest("10.0.0.2")).Verdict.Should().Be(AccessVerdict.Denied);
    }

    [Fact]
    public void Manager_never_matches_connect()
    {
        var config = SquidConfig.Parse("http_access deny manager\nhttp_access allow all\n");
        config.Evaluate(new AccessRequest("10.0.0.1")).Verdict.Should().Be(AccessVerdict.Allowed);
        var get = config.Evaluate(new AccessRequest("10.0.0.1", method: "GET", port: 80));
        get.Verdict.Should().Be(AccessVerdict.Allowed, "no URL http://HOST/ is a cache manager URL");
        get.Assumptions.Should().Contain(a => a.Contains("every URL 'http://HOST/'"), "the URL was not given");
    }
}
