using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1011 (UnbalancedConditionalRule): an unbalanced if.</summary>
public class UnbalancedConditionalRuleTests
{
    [Fact]
    public void The_smallest_config_triggers_it() =>
        RuleAssert.Triggers("PXC1011", "if true\n" + RuleAssert.DenyAll, Severity.Error, 1, 1);

    [Fact]
    public void A_similar_valid_config_does_not() =>
        RuleAssert.Clean("PXC1011", "if ${process_number} = 0\nacl a src 10.0.0.1\nelse\nacl a src 10.0.0.2\nendif\n" + RuleAssert.DenyAll);
}
