using System.Collections.Generic;
using ProxyConnect.Analysis.Binding;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1030: an access rule names an ACL defined nowhere (and not predefined by the target); says when
/// another version predefines it.</summary>
internal sealed class UndefinedAclRule : ConfigRule
{
    public override LintRule Rule => LintRules.UndefinedAcl;

    public override void Check(BoundConfig config, LintReport report)
    {
        // With an include that was not followed, the ACL may be defined there.
        if (config.HasUnfollowedInclude)
        {
            return;
        }

        // all-of and any-of name their member ACLs; the binder marks a member not defined above the line.
        ValueErrors.Report(config, report, Rule, AclValueKind.Special);
        foreach (var line in config.AccessLines)
        {
            foreach (var use in line.Uses)
            {
                if (use.Symbol is not null || use.DefinedLater || use.Name.Length == 0)
                {
                    continue;
                }

                var name = use.Name.Text;
                var version = TargetText.VersionNote(MajorsPredefining(name), config.Target);
                report.Add(Rule, version is null
                    ? $"ACL '{name}' is not defined: Squid refuses the config"
                    : $"ACL '{name}' is not defined: it is predefined only by some versions (it {version}); define it before this rule", line.Site, use.Name);
            }
        }
    }

    private static IReadOnlyList<int> MajorsPredefining(string name)
    {
        var majors = new List<int>();
        foreach (var target in SquidTarget.Known)
        {
            if (SquidKnowledge.For(target).PredefinedAcl(name) is not null)
            {
                majors.Add(target.Major);
            }
        }

        return majors;
    }
}
