using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1026 (UnreadableAclFileRule): an unreadable value file.</summary>
public class UnreadableAclFileRuleTests
{
    [Fact]
    public void The_smallest_config_triggers_it() =>
        RuleAssert.Triggers("PXC1026", "acl a src \"/nonexistent/pxc-test.txt\"\n" + RuleAssert.DenyAll, Severity.Warning, 1, 11);

    [Fact]
    public void A_similar_valid_config_does_not() =>
        RuleAssert.Clean("PXC1026", "acl a src \"/etc/hostname\"\n" + RuleAssert.DenyAll);
}
