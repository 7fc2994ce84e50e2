using ProxyConnect.Analysis.Binding;

namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1035: an access rule after one that matches every request; Squid never reaches it.</summary>
internal sealed class UnreachableRuleRule : ConfigRule
{
    public override LintRule Rule => LintRules.UnreachableRule;

    public override void Check(BoundConfig config, LintReport report)
    {
        var unconditionalSeen = false;
        foreach (var line in config.AccessLines)
        {
            if (!line.IsRule)
            {
                continue;
            }

            if (unconditionalSeen)
            {
                report.AddOnName(Rule, "this rule is never reached: an earlier rule matches every request", line.Site);
            }

            unconditionalSeen |= line.MatchesEveryRequest;
        }
    }
}
