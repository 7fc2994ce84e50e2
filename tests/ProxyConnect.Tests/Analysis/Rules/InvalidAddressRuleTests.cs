using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1023 (InvalidAddressRule): an address Squid cannot parse.</summary>
public class InvalidAddressRuleTests
{
    [Fact]
    public void The_smallest_config_triggers_it() =>
        RuleAssert.Triggers("PXC1023", "acl a src 10.0.0.300\n" + RuleAssert.DenyAll, Severity.Error, 1, 11);

    [Fact]
    public void A_similar_valid_config_does_not() =>
        RuleAssert.Clean("PXC1023", "acl a src 10.0.0.0/8 fc00::/7 0.0.0.1-0.255.255.255 all fe80::1%eth0\n" + RuleAssert.DenyAll);

    [Fact]
    public void A_slash_without_a_mask_is_refused_as_Squid_4_to_7_refuse_it() =>
        RuleAssert.Triggers("PXC1023", "acl a src 10.0.0.1/\n" + RuleAssert.DenyAll, Severity.Error, 1, 11);
}
