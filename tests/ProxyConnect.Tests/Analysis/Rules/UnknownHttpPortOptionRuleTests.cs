using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1041 (UnknownHttpPortOptionRule): an unknown port option.</summary>
public class UnknownHttpPortOptionRuleTests
{
    [Fact]
    public void The_smallest_config_triggers_it() =>
        RuleAssert.Triggers("PXC1041", "http_port 3128 fast\n" + RuleAssert.DenyAll, Severity.Error, 1, 16, TestKnowledge.WithPortOptions(SquidTarget.Newest, TestKnowledge.SomePortOptions));

    [Fact]
    public void An_option_written_without_its_value_triggers_it() =>
        RuleAssert.Triggers("PXC1041", "http_port 3128 name\n" + RuleAssert.DenyAll, Severity.Error, 1, 16, TestKnowledge.WithPortOptions(SquidTarget.Newest, TestKnowledge.SomePortOptions));

    [Fact]
    public void An_option_whose_value_is_optional_may_stand_alone() =>
        RuleAssert.Clean("PXC1041", "http_port 3128 tcpkeepalive\n" + RuleAssert.DenyAll, TestKnowledge.WithPortOptions(SquidTarget.Newest, TestKnowledge.SomePortOptions));

    [Fact]
    public void A_similar_valid_config_does_not() =>
        RuleAssert.Clean("PXC1041", "http_port 3128 name=main tcpkeepalive=60,30,3 tls-cert=/x.pem\n" + RuleAssert.DenyAll, TestKnowledge.WithPortOptions(SquidTarget.Newest, TestKnowledge.SomePortOptions));
}
