using ProxyConnect.Analysis.Binding;

namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1022: an ACL name reused with another type (predefined ACLs included).</summary>
internal sealed class AclTypeConflictRule : ConfigRule
{
    public override LintRule Rule => LintRules.AclTypeConflict;

    public override void Check(BoundConfig config, LintReport report)
    {
        foreach (var definition in config.AclDefinitions)
        {
            if (definition.Status != AclDefinitionStatus.TypeConflict || definition.NameWord is not { } name || definition.Symbol is not { } existing)
            {
                continue;
            }

            var what = existing.IsPredefined ? $"predefined ACL (in {config.Target})" : "ACL";
            report.Add(Rule, $"{what} '{name.Text}' already exists with type '{existing.Type.Name}'; Squid refuses a second type '{definition.TypeWord!.Value.Text}'", definition.Site, name);
        }
    }
}
