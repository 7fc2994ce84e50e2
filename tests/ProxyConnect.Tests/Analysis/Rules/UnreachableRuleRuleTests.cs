using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1035 (UnreachableRuleRule): a rule after one that matches everything.</summary>
public class UnreachableRuleRuleTests
{
    [Fact]
    public void The_smallest_config_triggers_it() =>
        RuleAssert.Triggers("PXC1035", RuleAssert.DenyAll + "http_access allow localhost\n", Severity.Warning, 2, 1);

    [Fact]
    public void A_similar_valid_config_does_not() =>
        RuleAssert.Clean("PXC1035", "http_access allow localhost\n" + RuleAssert.DenyAll);
}
