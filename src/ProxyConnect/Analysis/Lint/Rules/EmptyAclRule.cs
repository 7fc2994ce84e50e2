using ProxyConnect.Analysis.Binding;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1025: an <c>acl</c> line without values; Squid warns and the ACL never matches.</summary>
internal sealed class EmptyAclRule : ConfigRule
{
    public override LintRule Rule => LintRules.EmptyAcl;

    public override void Check(BoundConfig config, LintReport report)
    {
        foreach (var definition in config.AclDefinitions)
        {
            // Types of a fixed form (connections_encrypted, has…) may stand without values.
            if (definition.Status == AclDefinitionStatus.Bound && definition.Type!.ValueKind != AclValueKind.Special &&
                definition.Values.Length == 0 && definition.Files.Length == 0)
            {
                report.AddOnName(Rule, $"ACL '{definition.Symbol!.Name}' has no values: Squid warns 'empty ACL' and it never matches", definition.Site);
            }
        }
    }
}
