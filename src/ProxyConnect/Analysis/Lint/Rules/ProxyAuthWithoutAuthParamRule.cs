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
            if (definition.Status == AclDefinitionStatus.Bound && NeedsAuthScheme(definition.Type!) && !definition.AuthConfigured)
            {
                report.Add(Rule, config.Knowledge.Outcome(SquidProblem.ProxyAuthWithoutAuthScheme), $"ACL '{definition.Symbol!.Name}' ({definition.Type!.Name}) needs an authentication scheme configured above it ('auth_param SCHEME program …'): Squid refuses the config", definition.Site, definition.TypeWord!.Value);
            }
        }
    }

    /// <summary>Only the login ACLs ask the authentication schemes when read; ident and ext_user carry user names
    /// from elsewhere and Squid 4 to 7 accept them without any auth_param.</summary>
    private static bool NeedsAuthScheme(AclTypeFact type) => type.CanonicalName is "proxy_auth" or "proxy_auth_regex";
}
