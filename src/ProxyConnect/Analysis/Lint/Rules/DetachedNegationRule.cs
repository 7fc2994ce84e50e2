using ProxyConnect.Analysis.Binding;

namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1032: a lone <c>!</c> in an access rule; Squid looks up an ACL with an empty name.</summary>
internal sealed class DetachedNegationRule : ConfigRule
{
    public override LintRule Rule => LintRules.DetachedNegation;

    public override void Check(BoundConfig config, LintReport report)
    {
        foreach (var line in config.AccessLines)
        {
            foreach (var use in line.Uses)
            {
                if (use.Name.Length == 0)
                {
                    report.Add(Rule, "'!' must be attached to the ACL name ('!name'): Squid looks up an ACL with an empty name and refuses the config", line.Site, use.Word);
                }
            }
        }
    }
}
