using ProxyConnect.Analysis.Binding;

namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1031: an access rule names an ACL that is defined only further down; Squid needs it defined first.</summary>
internal sealed class AclDefinedAfterUseRule : ConfigRule
{
    public override LintRule Rule => LintRules.AclDefinedAfterUse;

    public override void Check(BoundConfig config, LintReport report)
    {
        foreach (var line in config.AccessLines)
        {
            foreach (var use in line.Uses)
            {
                if (use.DefinedLater)
                {
                    report.Add(Rule, $"ACL '{use.Name.Text}' is defined only after this rule: Squid needs it defined first and refuses the config", line.Site, use.Name);
                }
            }
        }
    }
}
