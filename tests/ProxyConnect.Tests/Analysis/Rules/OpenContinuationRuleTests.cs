using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1002 (OpenContinuationRule): a continuation open at the end of the file.</summary>
public class OpenContinuationRuleTests
{
    [Fact]
    public void The_smallest_config_triggers_it() =>
        RuleAssert.Triggers("PXC1002", RuleAssert.DenyAll + "acl a src 10.0.0.1 \\", Severity.Warning, 2, 20);

    [Fact]
    public void A_similar_valid_config_does_not() =>
        RuleAssert.Clean("PXC1002", "acl a src 10.0.0.1 \\\n  10.0.0.2\n" + RuleAssert.DenyAll);
}
