using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1038 (UnsupportedAclOptionRule): an option the ACL type does not accept.</summary>
public class UnsupportedAclOptionRuleTests
{
    [Fact]
    public void The_smallest_config_triggers_it() =>
        RuleAssert.Triggers("PXC1038", "acl a dstdomain -i .example.com\n" + RuleAssert.DenyAll, Severity.Error, 1, 17, TestKnowledge.WithAclOptions(SquidTarget.Newest, "dstdomain", "-n"));

    [Fact]
    public void A_similar_valid_config_does_not() =>
        RuleAssert.Clean("PXC1038", "acl a dstdomain -n .example.com\n" + RuleAssert.DenyAll, TestKnowledge.WithAclOptions(SquidTarget.Newest, "dstdomain", "-n"));

    [Fact]
    public void A_double_dash_ends_the_options_and_is_none_itself() =>
        RuleAssert.Clean("PXC1038", "acl a dstdomain -- -foo.example.com\n" + RuleAssert.DenyAll);

    [Fact]
    public void A_lone_dash_is_refused_whatever_the_facts_list() =>
        RuleAssert.Triggers("PXC1038", "acl a dstdomain - foo\n" + RuleAssert.DenyAll, Severity.Error, 1, 17);
}
