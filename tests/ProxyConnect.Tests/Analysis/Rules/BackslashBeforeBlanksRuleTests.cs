using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1005 (BackslashBeforeBlanksRule): a backslash followed by blanks.</summary>
public class BackslashBeforeBlanksRuleTests
{
    [Fact]
    public void The_smallest_config_triggers_it() =>
        RuleAssert.Triggers("PXC1005", "acl a src 10.0.0.1 \\ \n" + RuleAssert.DenyAll, Severity.Warning, 1, 20);

    [Fact]
    public void A_similar_valid_config_does_not() =>
        RuleAssert.Clean("PXC1005", "acl a src 10.0.0.1 \\\n 10.0.0.2\n" + RuleAssert.DenyAll);
}
