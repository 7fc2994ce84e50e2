using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1022 (AclTypeConflictRule): a name reused with another type.</summary>
public class AclTypeConflictRuleTests
{
    [Fact]
    public void The_smallest_config_triggers_it() =>
        RuleAssert.Triggers("PXC1022", "acl localhost dst 10.0.0.1\n" + RuleAssert.DenyAll, Severity.Error, 1, 5);

    [Fact]
    public void A_similar_valid_config_does_not() =>
        RuleAssert.Clean("PXC1022", "acl localhost src 10.0.0.1\nacl CONNECT method CONNECT\nacl manager proto cache_object\n" + RuleAssert.DenyAll);
}
