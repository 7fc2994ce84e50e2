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

    [Fact]
    public void Before_7_a_dot_domain_after_a_name_it_covers_is_fatal_but_a_name_after_the_dot_domain_passes()
    {
        RuleAssert.Triggers("PXC1044", "acl a dstdomain a.example.com .example.com\n" + RuleAssert.DenyAll, Severity.Error, 1, 31, SquidKnowledge.For(SquidTarget.Squid6));
        RuleAssert.Clean("PXC1044", "acl a dstdomain .example.com a.example.com .example.com.example.org\n" + RuleAssert.DenyAll, SquidKnowledge.For(SquidTarget.Squid6));
    }

    [Fact]
    public void In_7_a_covered_name_is_a_warning() =>
        RuleAssert.Triggers("PXC1044", "acl a dstdomain .example.com a.example.com\n" + RuleAssert.DenyAll, Severity.Warning, 1, 30, SquidKnowledge.For(SquidTarget.Squid7));
}
