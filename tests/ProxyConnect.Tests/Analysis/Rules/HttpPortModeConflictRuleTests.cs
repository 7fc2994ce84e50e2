using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1042 (HttpPortModeConflictRule): an accel option without accel.</summary>
public class HttpPortModeConflictRuleTests
{
    [Fact]
    public void The_smallest_config_triggers_it() =>
        RuleAssert.Triggers("PXC1042", "http_port 3128 defaultsite=example.com\n" + RuleAssert.DenyAll, Severity.Error, 1, 16, Facts);

    [Fact]
    public void An_option_that_only_warns_without_accel_is_a_warning() =>
        RuleAssert.Triggers("PXC1042", "http_port 3128 vhost\n" + RuleAssert.DenyAll, Severity.Warning, 1, 16, Facts);

    [Fact]
    public void Combined_modes_are_an_error() =>
        RuleAssert.Triggers("PXC1042", "http_port 3128 accel intercept\n" + RuleAssert.DenyAll, Severity.Error, 1, 22, Facts);

    /// <summary>defaultsite= is fatal without accel, vhost only warns (PortOptionFact.WithoutAccel).</summary>
    private static SquidKnowledge Facts => TestKnowledge.WithPortOptions(SquidTarget.Newest, TestKnowledge.SomePortOptions);

    [Fact]
    public void A_similar_valid_config_does_not() =>
        RuleAssert.Clean("PXC1042", "http_port 80 accel defaultsite=example.com vhost\n" + RuleAssert.DenyAll, TestKnowledge.WithPortOptions(SquidTarget.Newest, TestKnowledge.SomePortOptions));
}
