using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>Findings whose answer depends on the target: the same text linted for two versions.</summary>
public class VersionAwareTests
{
    [Fact]
    public void CONNECT_is_undefined_for_Squid_4_and_the_finding_says_it_is_predefined_from_5()
    {
        var text = "http_access deny CONNECT\n" + RuleAssert.DenyAll;
        RuleAssert.Triggers("PXC1030", text, Severity.Error, 1, 18, SquidKnowledge.For(SquidTarget.Squid4))
            .Message.Should().Contain("new in Squid 5").And.Contain("Squid 4.13");
        RuleAssert.Clean("PXC1030", text, SquidKnowledge.For(SquidTarget.Squid5));
    }

    [Fact]
    public void Overlapping_domains_are_an_error_before_7_and_a_warning_in_7()
    {
        var text = "acl a dstdomain example.com .example.com\n" + RuleAssert.DenyAll;
        RuleAssert.Triggers("PXC1044", text, Severity.Error, 1, 29, SquidKnowledge.For(SquidTarget.Squid5));
        RuleAssert.Triggers("PXC1044", text, Severity.Warning, 1, 29, SquidKnowledge.For(SquidTarget.Squid7));
    }

    [Fact]
    public void Redefining_to_linklocal_with_another_type_conflicts_only_where_it_is_predefined()
    {
        var text = "acl to_linklocal src 10.0.0.1\n" + RuleAssert.DenyAll;
        RuleAssert.Clean("PXC1022", text, SquidKnowledge.For(SquidTarget.Squid5));
        RuleAssert.Triggers("PXC1022", text, Severity.Error, 1, 5, SquidKnowledge.For(SquidTarget.Squid6));
    }

    [Fact]
    public void Vhost_without_accel_takes_the_targets_outcome()
    {
        var warning = TestKnowledge.With(SquidTarget.Squid7, portOptions: TestKnowledge.SomePortOptions);
        RuleAssert.Triggers("PXC1042", "http_port 3128 vhost\n" + RuleAssert.DenyAll, Severity.Warning, 1, 16,
            TestKnowledge.With(SquidTarget.Squid7, portOptions: TestKnowledge.SomePortOptions,
                outcomes: new Dictionary<SquidProblem, ProblemOutcome> { [SquidProblem.AccelOptionWithoutAccel] = ProblemOutcome.Warning }));
        RuleAssert.Clean("PXC1042", "http_port 3128 accel vhost\n" + RuleAssert.DenyAll, warning);
    }

    [Fact]
    public void The_public_overloads_take_a_target_and_default_to_the_newest()
    {
        var config = SquidConfig.Parse("http_access deny CONNECT\n" + RuleAssert.DenyAll);
        config.Lint(SquidTarget.Squid4).Should().Contain(f => f.Id == "PXC1030");
        config.Lint().Should().BeEquivalentTo(config.Lint(SquidTarget.Newest));
    }
}
