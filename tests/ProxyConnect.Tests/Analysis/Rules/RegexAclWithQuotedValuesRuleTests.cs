using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1051 (RegexAclWithQuotedValuesRule): a regex ACL under quoted values.</summary>
public class RegexAclWithQuotedValuesRuleTests
{
    [Fact]
    public void The_smallest_config_triggers_it() =>
        RuleAssert.Triggers("PXC1051", "configuration_includes_quoted_values on\nacl a url_regex ^http:\n" + RuleAssert.DenyAll, Severity.Error, 2, 7);

    [Fact]
    public void A_similar_valid_config_does_not() =>
        RuleAssert.Clean("PXC1051", "acl a url_regex ^http:\n" + RuleAssert.DenyAll);
}
