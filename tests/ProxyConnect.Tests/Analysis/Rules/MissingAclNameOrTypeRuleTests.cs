using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1020 (MissingAclNameOrTypeRule): an acl without a type.</summary>
public class MissingAclNameOrTypeRuleTests
{
    [Fact]
    public void The_smallest_config_triggers_it() =>
        RuleAssert.Triggers("PXC1020", "acl a\n" + RuleAssert.DenyAll, Severity.Error, 1, 1);

    [Fact]
    public void A_similar_valid_config_does_not() =>
        RuleAssert.Clean("PXC1020", "acl a src 10.0.0.1\n" + RuleAssert.DenyAll);
}
