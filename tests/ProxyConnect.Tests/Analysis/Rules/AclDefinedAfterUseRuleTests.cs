using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1031 (AclDefinedAfterUseRule): an ACL defined after its use.</summary>
public class AclDefinedAfterUseRuleTests
{
    [Fact]
    public void The_smallest_config_triggers_it() =>
        RuleAssert.Triggers("PXC1031", "http_access allow a\nacl a src 10.0.0.1\n" + RuleAssert.DenyAll, Severity.Error, 1, 19);

    [Fact]
    public void A_similar_valid_config_does_not() =>
        RuleAssert.Clean("PXC1031", "acl a src 10.0.0.1\nhttp_access allow a\nacl a src 10.0.0.2\n" + RuleAssert.DenyAll);
}
