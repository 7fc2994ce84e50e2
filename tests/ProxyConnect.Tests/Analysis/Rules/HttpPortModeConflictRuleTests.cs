using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1042 (HttpPortModeConflictRule): an accel option without accel.</summary>
public class HttpPortModeConflictRuleTests
{
    [Fact]
    public void The_smallest_config_triggers_it() =>
        RuleAssert.Triggers("PXC1042", "http_port 3128 defaultsite=example.com\n" + RuleAssert.DenyAll, Severity.Error, 1, 16, Fatal);

    [Fact]
    public void Combined_modes_are_an_error() =>
        RuleAssert.Triggers("PXC1042", "http_port 3128 accel intercept\n" + RuleAssert.DenyAll, Severity.Error, 1, 22, Fatal);

    private static SquidKnowledge Fatal => TestKnowledge.With(SquidTarget.Newest, portOptions: TestKnowledge.SomePortOptions,
        outcomes: new Dictionary<SquidProblem, ProblemOutcome> { [SquidProblem.AccelOptionWithoutAccel] = ProblemOutcome.Fatal });

    [Fact]
    public void A_similar_valid_config_does_not() =>
        RuleAssert.Clean("PXC1042", "http_port 80 accel defaultsite=example.com vhost\n" + RuleAssert.DenyAll, TestKnowledge.WithPortOptions(SquidTarget.Newest, TestKnowledge.SomePortOptions));
}
