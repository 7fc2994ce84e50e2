using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1021 (UnknownAclTypeRule): an unknown ACL type.</summary>
public class UnknownAclTypeRuleTests
{
    [Fact]
    public void The_smallest_config_triggers_it() =>
        RuleAssert.Triggers("PXC1021", "acl a Src 10.0.0.1\n" + RuleAssert.DenyAll, Severity.Error, 1, 7);

    [Fact]
    public void A_similar_valid_config_does_not() =>
        RuleAssert.Clean("PXC1021", "acl a src 10.0.0.1\nacl b myip 10.0.0.1\n" + RuleAssert.DenyAll);
}
