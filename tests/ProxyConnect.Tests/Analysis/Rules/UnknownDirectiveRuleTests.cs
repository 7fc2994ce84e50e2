using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1010 (UnknownDirectiveRule): an unknown directive name.</summary>
public class UnknownDirectiveRuleTests
{
    [Fact]
    public void The_smallest_config_triggers_it() =>
        RuleAssert.Triggers("PXC1010", "Http_port 3128\n" + RuleAssert.DenyAll, Severity.Error, 1, 1);

    [Fact]
    public void A_similar_valid_config_does_not() =>
        RuleAssert.Clean("PXC1010", "http_port 3128\nhttp_access2 deny all\n" + RuleAssert.DenyAll);
}
