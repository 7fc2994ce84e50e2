using System;
using ProxyConnect.Analysis.Binding;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1046: a later line of a keyed ACL (<c>note</c>, <c>req_header</c>, <c>rep_header</c>) whose first value,
/// the note or header name, differs from the first line's; Squid keeps one key per ACL.</summary>
internal sealed class AclKeyChangedRule : ConfigRule
{
    public override LintRule Rule => LintRules.AclKeyChanged;

    public override void Check(BoundConfig config, LintReport report)
    {
        var outcome = config.Knowledge.Outcome(SquidProblem.AclKeyChanged);
        foreach (var definition in config.AclDefinitions)
        {
            if (definition.Status != AclDefinitionStatus.Bound || !IsKeyed(definition.Type!) || definition.Values.Length == 0)
            {
                continue;
            }

            var first = definition.Symbol!.Definitions[0];
            if (ReferenceEquals(first, definition) || first.Values.Length == 0)
            {
                continue;
            }

            var key = definition.Values[0];
            // Header names compare without case, note names with it, as Squid compares them.
            var comparison = definition.Type!.CanonicalName == "note" ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            if (!string.Equals(key.Text, first.Values[0].Text, comparison))
            {
                report.Add(Rule, outcome, $"ACL '{definition.Symbol.Name}' ({definition.Type.Name}) was first defined with the key '{first.Values[0].Text}', not '{key.Text}': a keyed ACL keeps one key (use another ACL name)", definition.Site, key.Word);
            }
        }
    }

    private static bool IsKeyed(AclTypeFact type) => type.CanonicalName is "note" or "req_header" or "rep_header";
}
