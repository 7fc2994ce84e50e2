using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1039 (ProxyAuthWithoutAuthParamRule): a proxy_auth ACL without an auth scheme.</summary>
public class ProxyAuthWithoutAuthParamRuleTests
{
    [Fact]
    public void The_smallest_config_triggers_it() =>
        RuleAssert.Triggers("PXC1039", "acl a proxy_auth REQUIRED\n" + RuleAssert.DenyAll, Severity.Error, 1, 7);

    [Fact]
    public void A_similar_valid_config_does_not() =>
        RuleAssert.Clean("PXC1039", "auth_param basic program /bin/true\nacl a proxy_auth REQUIRED\n" + RuleAssert.DenyAll);
}
