using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1004 (LineTooLongRule): a line over Squid's buffer.</summary>
public class LineTooLongRuleTests
{
    [Fact]
    public void The_smallest_config_triggers_it() =>
        RuleAssert.Triggers("PXC1004", "acl a src " + new string('1', 9000) + "\n" + RuleAssert.DenyAll, Severity.Error, 1, 1);

    [Fact]
    public void A_similar_valid_config_does_not() =>
        RuleAssert.Clean("PXC1004", "# " + new string('x', 100) + "\n" + RuleAssert.DenyAll);
}
