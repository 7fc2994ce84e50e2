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
    public void A_proxy_auth_regex_acl_with_a_flag_triggers_it() =>
        RuleAssert.Triggers("PXC1039", "acl a proxy_auth_regex -i alice\n" + RuleAssert.DenyAll, Severity.Error, 1, 7);

    [Theory]
    [InlineData("ext_user")]
    [InlineData("max_user_ip")]
    public void User_acls_that_ask_no_scheme_do_not(string type) =>
        RuleAssert.Clean("PXC1039", $"acl a {type} 2\n" + RuleAssert.DenyAll);

    [Fact]
    public void A_similar_valid_config_does_not() =>
        RuleAssert.Clean("PXC1039", "auth_param basic program /bin/true\nacl a proxy_auth REQUIRED\n" + RuleAssert.DenyAll);
}
