using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1044 (OverlappingDomainsRule): a domain with and without its dot.</summary>
public class OverlappingDomainsRuleTests
{
    [Fact]
    public void The_smallest_config_triggers_it() =>
        RuleAssert.Triggers("PXC1044", "acl a dstdomain example.com .example.com\n" + RuleAssert.DenyAll, Severity.Error, 1, 29, SquidKnowledge.For(SquidTarget.Squid6));

    [Fact]
    public void A_similar_valid_config_does_not() =>
        RuleAssert.Clean("PXC1044", "acl a dstdomain .example.com .example.org\n" + RuleAssert.DenyAll, SquidKnowledge.For(SquidTarget.Squid6));
}
