using ProxyConnect.Analysis.Binding;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1039: a user-name ACL (<c>proxy_auth</c>) before any <c>auth_param</c> with a helper program; Squid
/// refuses it ("no authentication schemes are fully configured").</summary>
internal sealed class ProxyAuthWithoutAuthParamRule : ConfigRule
{
    public override LintRule Rule => LintRules.ProxyAuthWithoutAuthParam;

    public override void Check(BoundConfig config, LintReport report)
    {
        foreach (var definition in config.AclDefinitions)
        {
            if (definition.Status == AclDefinitionStatus.Bound && definition.Type!.ValueKind == AclValueKind.User && !definition.AuthConfigured)
            {
                report.Add(Rule, $"ACL '{definition.Symbol!.Name}' ({definition.Type.Name}) needs an authentication scheme configured above it ('auth_param SCHEME program …'): Squid refuses the config", definition.Site, definition.TypeWord!.Value);
            }
        }
    }
}
