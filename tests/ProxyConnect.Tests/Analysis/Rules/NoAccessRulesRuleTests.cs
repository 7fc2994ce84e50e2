using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1037 (NoAccessRulesRule): no http_access rule.</summary>
public class NoAccessRulesRuleTests
{
    [Fact]
    public void The_smallest_config_triggers_it() =>
        RuleAssert.Triggers("PXC1037", "http_port 3128\n", Severity.Warning, 1, 1);

    [Fact]
    public void A_similar_valid_config_does_not() =>
        RuleAssert.Clean("PXC1037", RuleAssert.DenyAll);
}
