using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1027 (HostBitsSetRule): host bits under the mask.</summary>
public class HostBitsSetRuleTests
{
    [Fact]
    public void The_smallest_config_triggers_it() =>
        RuleAssert.Triggers("PXC1027", "acl a src 10.0.0.5/24\n" + RuleAssert.DenyAll, Severity.Warning, 1, 11);

    [Fact]
    public void A_similar_valid_config_does_not() =>
        RuleAssert.Clean("PXC1027", "acl a src 10.0.0.0/24\n" + RuleAssert.DenyAll);
}
