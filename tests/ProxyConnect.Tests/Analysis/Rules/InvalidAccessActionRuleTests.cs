using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1033 (InvalidAccessActionRule): an action that is not allow or deny.</summary>
public class InvalidAccessActionRuleTests
{
    [Fact]
    public void The_smallest_config_triggers_it() =>
        RuleAssert.Triggers("PXC1033", "http_access Allow all\n" + RuleAssert.DenyAll, Severity.Warning, 1, 13);

    [Fact]
    public void A_similar_valid_config_does_not() =>
        RuleAssert.Clean("PXC1033", "http_access allow localhost\n" + RuleAssert.DenyAll);
}
