using ProxyConnect.Analysis.Binding;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1021: an ACL type the target does not know (type names are case-sensitive); says when another version knows it.</summary>
internal sealed class UnknownAclTypeRule : ConfigRule
{
    public override LintRule Rule => LintRules.UnknownAclType;

    public override void Check(BoundConfig config, LintReport report)
    {
        foreach (var definition in config.AclDefinitions)
        {
            if (definition.Status != AclDefinitionStatus.UnknownType || definition.TypeWord is not { } type)
            {
                continue;
            }

            var version = TargetText.VersionNote(SquidKnowledge.MajorsKnowingAclType(type.Text), config.Target);
            var message = version is null
                ? $"unknown ACL type '{type.Text}' (type names are case-sensitive): Squid refuses the config"
                : $"unknown ACL type '{type.Text}' for this target: it {version}, which refuses the config";
            report.Add(Rule, message, definition.Site, type);
        }
    }
}
