using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1034 (AccessRuleWithoutAclsRule): a rule without ACLs.</summary>
public class AccessRuleWithoutAclsRuleTests
{
    [Fact]
    public void The_smallest_config_triggers_it() =>
        RuleAssert.Triggers("PXC1034", "http_access allow\n" + RuleAssert.DenyAll, Severity.Warning, 1, 13);

    [Fact]
    public void A_similar_valid_config_does_not() =>
        RuleAssert.Clean("PXC1034", "http_access allow localhost\n" + RuleAssert.DenyAll);
}
