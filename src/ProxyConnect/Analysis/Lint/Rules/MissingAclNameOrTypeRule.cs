using ProxyConnect.Analysis.Binding;

namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1020: an <c>acl</c> line without a name or without a type.</summary>
internal sealed class MissingAclNameOrTypeRule : ConfigRule
{
    public override LintRule Rule => LintRules.MissingAclNameOrType;

    public override void Check(BoundConfig config, LintReport report)
    {
        foreach (var definition in config.AclDefinitions)
        {
            if (definition.Status == AclDefinitionStatus.MissingName)
            {
                report.AddOnName(Rule, "acl without a name: Squid refuses the config", definition.Site);
            }
            else if (definition.Status == AclDefinitionStatus.MissingType)
            {
                report.AddOnName(Rule, $"acl '{definition.NameWord!.Value.Text}' without a type: Squid refuses the config", definition.Site);
            }
        }
    }
}
