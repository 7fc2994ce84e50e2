using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1030 (UndefinedAclRule): an ACL never defined.</summary>
public class UndefinedAclRuleTests
{
    [Fact]
    public void The_smallest_config_triggers_it() =>
        RuleAssert.Triggers("PXC1030", "http_access allow nosuch\n", Severity.Error, 1, 19);

    [Fact]
    public void An_all_of_member_not_defined_above_triggers_it() =>
        RuleAssert.Triggers("PXC1030", "acl a all-of b\nacl b src 10.0.0.1\n" + RuleAssert.DenyAll, Severity.Error, 1, 14);

    [Fact]
    public void An_any_of_member_defined_above_does_not() =>
        RuleAssert.Clean("PXC1030", "acl b src 10.0.0.1\nacl a any-of b\nhttp_access allow a\n" + RuleAssert.DenyAll);

    [Fact]
    public void A_similar_valid_config_does_not() =>
        RuleAssert.Clean("PXC1030", "acl a src 10.0.0.1\nhttp_access allow a\n" + RuleAssert.DenyAll);
}
