using ProxyConnect.Analysis.Binding;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1051: a regular-expression ACL while <c>configuration_includes_quoted_values</c> is on; Squid refuses to read it.</summary>
internal sealed class RegexAclWithQuotedValuesRule : ConfigRule
{
    public override LintRule Rule => LintRules.RegexAclWithQuotedValues;

    public override void Check(BoundConfig config, LintReport report)
    {
        foreach (var definition in config.AclDefinitions)
        {
            if (definition.Type is { ValueKind: AclValueKind.Regex } && definition.Site.Node.QuotedValues && definition.TypeWord is { } type)
            {
                report.Add(Rule, $"regex ACL type '{type.Text}' while configuration_includes_quoted_values is on: Squid refuses to read the expression", definition.Site, type);
            }
        }
    }
}
