using ProxyConnect.Analysis.Binding;
using ProxyConnect.Squid.Knowledge;
using ProxyConnect.Squid.Model;

namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1010: a directive name the target does not know (names are case-sensitive); says when another version knows it.</summary>
internal sealed class UnknownDirectiveRule : ConfigRule
{
    public override LintRule Rule => LintRules.UnknownDirective;

    public override void Check(BoundConfig config, LintReport report)
    {
        foreach (var note in config.DirectiveNotes)
        {
            if (note.Fact is not null)
            {
                continue;
            }

            var name = note.NameWord.Text;
            if (name == IncludeDirective.Keyword)
            {
                report.Add(Rule, "'include' without a file name: Squid reads it as an unknown directive and fails", note.Site, note.NameWord);
                continue;
            }

            var version = TargetText.VersionNote(SquidKnowledge.MajorsKnowingDirective(name), config.Target);
            var message = version is null
                ? $"unknown directive '{name}': squid -k parse fails on it (names are case-sensitive)"
                : $"unknown directive '{name}' for this target: it {version}, and squid -k parse fails on it";
            report.Add(Rule, message, note.Site, note.NameWord);
        }
    }
}
