using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1040 (InvalidHttpPortRule): an invalid port.</summary>
public class InvalidHttpPortRuleTests
{
    [Fact]
    public void The_smallest_config_triggers_it() =>
        RuleAssert.Triggers("PXC1040", "http_port 0\n" + RuleAssert.DenyAll, Severity.Error, 1, 11);

    [Fact]
    public void A_similar_valid_config_does_not() =>
        RuleAssert.Clean("PXC1040", "http_port 3128\nhttp_port [::1]:3129\nhttp_port 127.0.0.1:3130\n" + RuleAssert.DenyAll);
}
