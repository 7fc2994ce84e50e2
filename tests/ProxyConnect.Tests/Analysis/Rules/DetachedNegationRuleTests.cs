using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1032 (DetachedNegationRule): a lone '!'.</summary>
public class DetachedNegationRuleTests
{
    [Fact]
    public void The_smallest_config_triggers_it() =>
        RuleAssert.Triggers("PXC1032", "http_access deny ! all\n", Severity.Error, 1, 18);

    [Fact]
    public void A_similar_valid_config_does_not() =>
        RuleAssert.Clean("PXC1032", "http_access deny !all\n");
}
