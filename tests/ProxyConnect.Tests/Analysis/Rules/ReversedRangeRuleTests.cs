using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1028 (ReversedRangeRule): a reversed range.</summary>
public class ReversedRangeRuleTests
{
    [Fact]
    public void The_smallest_config_triggers_it() =>
        RuleAssert.Triggers("PXC1028", "acl a src 10.0.0.10-10.0.0.1\n" + RuleAssert.DenyAll, Severity.Warning, 1, 11);

    [Fact]
    public void A_similar_valid_config_does_not() =>
        RuleAssert.Clean("PXC1028", "acl a src 10.0.0.1-10.0.0.10\n" + RuleAssert.DenyAll);
}
