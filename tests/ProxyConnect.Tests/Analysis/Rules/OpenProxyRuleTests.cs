using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1036 (OpenProxyRule): an allow rule for every client.</summary>
public class OpenProxyRuleTests
{
    [Fact]
    public void The_smallest_config_triggers_it() =>
        RuleAssert.Triggers("PXC1036", "http_access allow all\n", Severity.Warning, 1, 1);

    [Fact]
    public void A_similar_valid_config_does_not() =>
        RuleAssert.Clean("PXC1036", "http_access allow localhost\n" + RuleAssert.DenyAll);
}
