using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1046 (AclKeyChangedRule): a keyed ACL whose later line names another key; fatal from Squid 6.</summary>
public class AclKeyChangedRuleTests
{
    [Fact]
    public void The_smallest_config_triggers_it() =>
        RuleAssert.Triggers("PXC1046", "acl a req_header X-1 bar\nacl a req_header X-2 bar\n" + RuleAssert.DenyAll, Severity.Error, 2, 18, SquidKnowledge.For(SquidTarget.Squid7));

    [Fact]
    public void Squid_4_accepts_it_so_it_is_a_warning() =>
        RuleAssert.Triggers("PXC1046", "acl a note color green\nacl a note weight heavy\n" + RuleAssert.DenyAll, Severity.Warning, 2, 12, SquidKnowledge.For(SquidTarget.Squid4));

    [Fact]
    public void A_similar_valid_config_does_not() =>
        RuleAssert.Clean("PXC1046", "acl a req_header X-1 bar\nacl a req_header x-1 baz\n" + RuleAssert.DenyAll, SquidKnowledge.For(SquidTarget.Squid7));
}
