using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1024 (InvalidPortRule): a port value Squid cannot parse.</summary>
public class InvalidPortRuleTests
{
    [Fact]
    public void The_smallest_config_triggers_it() =>
        RuleAssert.Triggers("PXC1024", "acl p port 70000\n" + RuleAssert.DenyAll, Severity.Error, 1, 12);

    [Fact]
    public void A_similar_valid_config_does_not() =>
        RuleAssert.Clean("PXC1024", "acl p port 1025-65535 443 0\n" + RuleAssert.DenyAll);
}
