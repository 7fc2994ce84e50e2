using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1045 (InvalidRegexRule): a regex ACL value glibc refuses; fatal from Squid 6, an ERROR line before.</summary>
public class InvalidRegexRuleTests
{
    [Fact]
    public void The_smallest_config_triggers_it() =>
        RuleAssert.Triggers("PXC1045", "acl a browser *\n" + RuleAssert.DenyAll, Severity.Error, 1, 15, SquidKnowledge.For(SquidTarget.Squid6));

    [Fact]
    public void Squid_5_only_drops_the_value_so_it_is_a_warning() =>
        RuleAssert.Triggers("PXC1045", "acl a browser *\n" + RuleAssert.DenyAll, Severity.Warning, 1, 15, SquidKnowledge.For(SquidTarget.Squid5));

    [Theory]
    [InlineData(".*")]
    [InlineData("^https?://(www\\.)?example\\.com/")]
    [InlineData("(a)\\1")]
    [InlineData("-i ^http://a/ +i b")]
    public void A_similar_valid_config_does_not(string pattern) =>
        RuleAssert.Clean("PXC1045", $"acl a url_regex {pattern}\n" + RuleAssert.DenyAll, SquidKnowledge.For(SquidTarget.Squid6));
}
