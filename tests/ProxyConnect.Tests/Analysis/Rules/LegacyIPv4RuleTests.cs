using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1029 (LegacyIPv4Rule): an octal IPv4 part.</summary>
public class LegacyIPv4RuleTests
{
    [Fact]
    public void The_smallest_config_triggers_it() =>
        RuleAssert.Triggers("PXC1029", "acl a src 010.0.0.1\n" + RuleAssert.DenyAll, Severity.Warning, 1, 11);

    [Fact]
    public void A_similar_valid_config_does_not() =>
        RuleAssert.Clean("PXC1029", "acl a src 10.0.0.1\n" + RuleAssert.DenyAll);
}
