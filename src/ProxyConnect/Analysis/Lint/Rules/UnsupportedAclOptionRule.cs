using ProxyConnect.Analysis.Binding;

namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1038: a flag (<c>-i</c>, <c>-n</c>…) the ACL's type does not accept, or a lone <c>-</c>; Squid refuses the line.</summary>
internal sealed class UnsupportedAclOptionRule : ConfigRule
{
    public override LintRule Rule => LintRules.UnsupportedAclOption;

    public override void Check(BoundConfig config, LintReport report)
    {
        foreach (var definition in config.AclDefinitions)
        {
            if (definition.Status != AclDefinitionStatus.Bound)
            {
                continue;
            }

            foreach (var option in definition.Options)
            {
                if (option.Length == 1)
                {
                    report.Add(Rule, $"ACL '{definition.Symbol!.Name}': a lone '{option.Text}' is no option (Squid stops with 'truncated(?) ACL flag'); write -- to end the options", definition.Site, option);
                }
                else if (!Accepts(definition.Type!.Options, option))
                {
                    var type = definition.Type.Name;
                    var accepted = definition.Type.Options.Count == 0 ? "it takes none" : "it takes " + string.Join(", ", definition.Type.Options);
                    report.Add(Rule, $"ACL '{definition.Symbol!.Name}': type '{type}' does not accept the option '{option.Text}' ({accepted}) in {config.Target}: Squid refuses the config", definition.Site, option);
                }
            }
        }
    }

    private static bool Accepts(System.Collections.Generic.IReadOnlyList<string> accepted, Word option)
    {
        var eq = option.IndexOf('=');
        var key = eq < 0 ? option.Text : option.Text.Substring(0, eq);
        foreach (var a in accepted)
        {
            if (a == key || a == option.Text)
            {
                return true;
            }
        }

        return false;
    }
}
