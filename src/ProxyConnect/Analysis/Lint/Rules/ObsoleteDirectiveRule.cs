using ProxyConnect.Analysis.Binding;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1014: a directive the target knows only to say it was removed; Squid ignores the line.</summary>
internal sealed class ObsoleteDirectiveRule : ConfigRule
{
    public override LintRule Rule => LintRules.ObsoleteDirective;

    public override void Check(BoundConfig config, LintReport report)
    {
        var outcome = config.Knowledge.Outcome(SquidProblem.ObsoleteDirective);
        foreach (var note in config.DirectiveNotes)
        {
            if (note.Fact is { IsObsolete: true })
            {
                report.Add(Rule, outcome, $"'{note.NameWord.Text}' is obsolete in {config.Target}: Squid reports it and ignores the line", note.Site, note.NameWord);
            }
        }
    }
}
