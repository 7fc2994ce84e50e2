using ProxyConnect.Analysis;
using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis;

/// <summary>
/// The <c>src</c>/<c>dst</c> keywords <c>ipv4</c> and <c>ipv6</c> as Squid really matches them (found by the live
/// differential test in ProxyConnect.Squid.Tests): Squid's <c>ipv4</c> is <c>::/96</c> (IPv4-compatible, not
/// IPv4-mapped), so it never matches an IPv4 client; <c>ipv6</c> is the unicast blocks 1000::/4, 2000::/3, 4000::/2,
/// 8000::/2, C000::/3, E000::/4, FC00::/7 and FE80::/10, so it does not match <c>::1</c>. That is Squid 4 to 6;
/// Squid 7 (<c>ACLIP::parseGlobal</c>) made <c>ipv4</c> every IPv4 address and <c>ipv6</c> every IPv6 one.
/// </summary>
public class EvaluatorAddressKeywordTests
{
    private static AccessVerdict Verdict(string keyword, string source, SquidTarget? target = null) =>
        SquidConfig.Parse($"acl k src {keyword}\nhttp_access deny k\nhttp_access allow all\n")
            .Evaluate(new AccessRequest(source), target ?? SquidTarget.Squid6).Verdict;

    [Theory]
    [InlineData("ipv4", "10.0.0.1", true)]
    [InlineData("ipv4", "::ffff:10.0.0.1", true)]
    [InlineData("ipv4", "::1", false)]
    [InlineData("ipv4", "2001:db8::1", false)]
    [InlineData("ipv6", "::1", true)]
    [InlineData("ipv6", "ff02::1", true)]
    [InlineData("ipv6", "2001:db8::1", true)]
    [InlineData("ipv6", "10.0.0.1", false)]
    public void From_squid_7_the_keywords_are_whole_families(string keyword, string source, bool matches) =>
        Verdict(keyword, source, SquidTarget.Squid7).Should().Be(matches ? AccessVerdict.Denied : AccessVerdict.Allowed);

    [Theory]
    [InlineData("127.0.0.2")] // observed with Squid 5.7: 'deny k' does not match, the request is allowed
    [InlineData("10.0.0.1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("2001:db8::1")]
    public void Ipv4_keyword_does_not_match_ipv4_clients(string source) =>
        Verdict("ipv4", source).Should().Be(AccessVerdict.Allowed);

    [Theory]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("::10.0.0.1")]
    public void Ipv4_keyword_matches_ipv4_compatible_addresses(string source) =>
        Verdict("ipv4", source).Should().Be(AccessVerdict.Denied);

    [Theory]
    [InlineData("2001:db8::1", true)]
    [InlineData("1000::1", true)]
    [InlineData("4000::1", true)]
    [InlineData("8000::1", true)]
    [InlineData("c000::1", true)]
    [InlineData("e000::1", true)]
    [InlineData("fc00::1", true)]
    [InlineData("fd12:3456::1", true)]
    [InlineData("fe80::1", true)]
    [InlineData("febf::1", true)]
    [InlineData("fec0::1", false)]
    [InlineData("ff02::1", false)]
    [InlineData("f000::1", false)]
    [InlineData("::1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("10.0.0.1", false)]
    [InlineData("127.0.0.2", false)]
    public void Ipv6_keyword_matches_unicast_blocks_only(string source, bool matches) =>
        Verdict("ipv6", source).Should().Be(matches ? AccessVerdict.Denied : AccessVerdict.Allowed);
}
