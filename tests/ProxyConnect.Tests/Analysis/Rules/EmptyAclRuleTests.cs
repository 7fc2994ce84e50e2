using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1025 (EmptyAclRule): an ACL without values.</summary>
public class EmptyAclRuleTests
{
    [Fact]
    public void The_smallest_config_triggers_it() =>
        RuleAssert.Triggers("PXC1025", "acl a src\n" + RuleAssert.DenyAll, Severity.Warning, 1, 1);

    [Fact]
    public void A_similar_valid_config_does_not() =>
        RuleAssert.Clean("PXC1025", "acl a src 10.0.0.1\n" + RuleAssert.DenyAll);
}
