using System.Net;
using ProxyConnect.Analysis;
using ProxyConnect.Analysis.Evaluation;
using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis;

/// <summary>Destinations: none given means "some public internet host"; a name is assumed public unless resolved;
/// resolved names match as in Squid (any address); the predefined to_localhost and to_linklocal per version.</summary>
public class EvaluatorDestinationTests
{
    public static TheoryData<string> Versions => new() { "4", "5", "6", "7" };

    [Theory]
    [InlineData("8.8.8.8", true)]
    [InlineData("20.50.2.1", true)]
    [InlineData("2606:4700::1111", true)]
    [InlineData("10.1.2.3", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("127.0.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("172.31.255.255", false)]
    [InlineData("192.0.2.1", false)]
    [InlineData("198.18.0.1", false)]
    [InlineData("198.51.100.1", false)]
    [InlineData("203.0.113.1", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("255.255.255.255", false)]
    [InlineData("::1", false)]
    [InlineData("::", false)]
    [InlineData("fd00::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("ff02::1", false)]
    [InlineData("2001:db8::1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("::ffff:8.8.8.8", true)]
    public void Public_addresses(string address, bool expected) =>
        PublicAddressSpace.Contains(Ip128.From(IPAddress.Parse(address))).Should().Be(expected);

    [Theory]
    [MemberData(nameof(Versions))]
    public void A_sensor_on_every_stock_config_is_allowed_without_destination_and_with_a_cloud_host(string version)
    {
        var target = SquidTarget.Parse(version);
        var config = StockRules.With(target, ("sensor1", "10.1.0.5"));

        var none = config.Evaluate(new AccessRequest("10.1.0.5"), target);
        none.Verdict.Should().Be(AccessVerdict.Allowed, none.Reason);
        none.DecidingRule!.Text.Should().Be("http_access allow sensor1");
        none.Assumptions.Should().Equal(target.Major >= 6
            ? ["no destination given: assuming a public internet host (not loopback, link-local, private or reserved)", "the URL ACLs were decided for every URL 'HOST:443' of a public host"]
            : ["the URL ACLs were decided for every URL 'HOST:443' of a public host"]);

        var cloud = config.Evaluate(new AccessRequest("10.1.0.5", destination: "myhub.azure-devices.net"), target);
        cloud.Verdict.Should().Be(AccessVerdict.Allowed, cloud.Reason);
        if (target.Major >= 6)
        {
            cloud.Assumptions.Should().Contain("assuming myhub.azure-devices.net resolves to public addresses only (check with --resolve)");
        }

        var stranger = config.Evaluate(new AccessRequest("192.0.2.7"), target);
        stranger.Verdict.Should().Be(AccessVerdict.Denied);
        stranger.DecidingRule!.Text.Should().Be("http_access deny all");
    }

    [Theory]
    [InlineData("6", "127.0.0.1", "http_access deny to_localhost")]
    [InlineData("7", "127.0.0.1", "http_access deny to_localhost")]
    [InlineData("6", "169.254.169.254", "http_access deny to_linklocal")]
    [InlineData("7", "169.254.169.254", "http_access deny to_linklocal")]
    [InlineData("7", "[fe80::1]", "http_access deny to_linklocal")]
    public void From_squid_6_connect_to_local_addresses_is_denied(string version, string destination, string rule)
    {
        var target = SquidTarget.Parse(version);
        var d = StockRules.With(target, ("sensor1", "10.1.0.5")).Evaluate(new AccessRequest("10.1.0.5", destination: destination), target);
        d.Verdict.Should().Be(AccessVerdict.Denied);
        d.DecidingRule!.Text.Should().Be(rule);
        d.Assumptions.Should().BeEmpty();
    }

    [Fact]
    public void To_linklocal_is_not_predefined_before_squid_6()
    {
        var config = SquidConfig.Parse("http_access deny to_linklocal\nhttp_access allow all\n");
        var d = config.Evaluate(new AccessRequest("10.1.0.5", destination: "169.254.169.254"), SquidTarget.Squid5);
        d.Verdict.Should().Be(AccessVerdict.Indeterminate);
        d.Reason.Should().Contain("to_linklocal").And.Contain("not defined");
        config.Evaluate(new AccessRequest("10.1.0.5", destination: "169.254.169.254"), SquidTarget.Squid6).Verdict.Should().Be(AccessVerdict.Denied);
    }

    [Fact]
    public void Without_a_target_a_version_dependent_predefined_acl_is_an_assumption()
    {
        var d = SquidConfig.Parse("http_access deny to_linklocal\nhttp_access allow all\n").Evaluate(new AccessRequest("10.1.0.5", destination: "8.8.8.8"));
        d.Verdict.Should().Be(AccessVerdict.Allowed);
        d.Assumptions.Should().Equal("evaluated for Squid 7.7, whose predefined ACLs this answer uses (no Squid version given; they differ between versions)");
    }

    [Theory]
    [InlineData("acl d dst 10.0.0.0/8 192.168.0.0/16", AccessVerdict.Allowed, true)]
    [InlineData("acl d dst all", AccessVerdict.Denied, true)]
    [InlineData("acl d dst 8.8.8.8", AccessVerdict.Indeterminate, false)]
    [InlineData("acl d dst 0.0.0.0/0", AccessVerdict.Denied, true)]
    [InlineData("acl d dst 0.0.0.0/1", AccessVerdict.Indeterminate, false)]
    [InlineData("acl d dst 0.0.0.0/0 ::/0", AccessVerdict.Denied, true)]
    [InlineData("acl d dst -n 8.8.8.8", AccessVerdict.Indeterminate, false)]
    public void A_dst_acl_is_decided_for_no_destination_when_its_values_hold_no_or_every_public_address(string acl, AccessVerdict expected, bool assumed)
    {
        var d = SquidConfig.Parse(acl + "\nhttp_access deny d\nhttp_access allow all\n").Evaluate(new AccessRequest("10.1.0.5"), SquidTarget.Squid7);
        d.Verdict.Should().Be(expected, d.Reason);
        d.Assumptions.Any(a => a.StartsWith("no destination given", StringComparison.Ordinal)).Should().Be(assumed);
    }

    [Fact]
    public void Dst_minus_n_never_matches_a_host_name()
    {
        var d = SquidConfig.Parse("acl d dst -n all\nhttp_access deny d\nhttp_access allow all\n").Evaluate(new AccessRequest("10.1.0.5", destination: "cloud.example.com"), SquidTarget.Squid7);
        d.Verdict.Should().Be(AccessVerdict.Allowed);
        d.Assumptions.Should().BeEmpty();
    }

    [Theory]
    [InlineData(new[] { "20.1.2.3" }, AccessVerdict.Allowed)]
    [InlineData(new[] { "20.1.2.3", "127.0.0.1" }, AccessVerdict.Denied)]
    [InlineData(new[] { "2606:4700::1", "::1" }, AccessVerdict.Denied)]
    [InlineData(new string[0], AccessVerdict.Allowed)]
    public void A_resolved_name_matches_a_dst_acl_when_any_of_its_addresses_does(string[] addresses, AccessVerdict expected)
    {
        var config = StockRules.With(SquidTarget.Squid7, ("sensor1", "10.1.0.5"));
        var request = new AccessRequest("10.1.0.5", destination: "cloud.example.com")
            .ResolveDestination(new FixedResolver(addresses.Select(IPAddress.Parse).ToArray()));
        var d = config.Evaluate(request, SquidTarget.Squid7);
        d.Verdict.Should().Be(expected);
        d.Assumptions.Should().Contain(a => a.StartsWith(addresses.Length == 0 ? "cloud.example.com did not resolve" : "cloud.example.com resolved to ", StringComparison.Ordinal));
    }

    private sealed class FixedResolver(IReadOnlyList<IPAddress> addresses) : IHostResolver
    {
        public IReadOnlyList<IPAddress> Resolve(string hostName) => addresses;
    }
}
