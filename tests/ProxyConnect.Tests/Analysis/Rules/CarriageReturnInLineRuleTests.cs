using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1003 (CarriageReturnInLineRule): a carriage return inside a line.</summary>
public class CarriageReturnInLineRuleTests
{
    [Fact]
    public void The_smallest_config_triggers_it() =>
        RuleAssert.Triggers("PXC1003", "acl a src 10.0.0.1\rfoo\n" + RuleAssert.DenyAll, Severity.Warning, 1, 19);

    [Fact]
    public void A_similar_valid_config_does_not() =>
        RuleAssert.Clean("PXC1003", "acl a src 10.0.0.1\r\n" + RuleAssert.DenyAll);
}
