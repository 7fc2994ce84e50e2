using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1014 (ObsoleteDirectiveRule): a directive the target knows only as obsolete.</summary>
public class ObsoleteDirectiveRuleTests
{
    private static SquidKnowledge WithObsolete(SquidTarget target) => TestKnowledge.With(target,
        directives: KnowledgeTables.ForMajor(target.Major).Directives.Append(new DirectiveFact("old_knob", "old_knob", true, SquidFeature.None)).ToArray());

    [Fact]
    public void The_smallest_config_triggers_it_with_the_targets_outcome() =>
        RuleAssert.Triggers("PXC1014", "old_knob on\n" + RuleAssert.DenyAll, Severity.Warning, 1, 1, WithObsolete(SquidTarget.Squid6))
            .Message.Should().Contain("obsolete in Squid 6.13");

    [Fact]
    public void A_known_directive_does_not() =>
        RuleAssert.Clean("PXC1014", "http_port 3128\n" + RuleAssert.DenyAll, WithObsolete(SquidTarget.Squid6));
}
