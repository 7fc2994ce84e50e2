using System;
using System.Collections.Generic;
using ProxyConnect.Analysis.Binding;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1044: domain values of one ACL that overlap: the same domain with and without the leading dot, or a
/// repeated value (fatal before Squid 7, a warning in 7), or a name already covered by a <c>.domain</c> (a warning
/// where Squid reports it).</summary>
internal sealed class OverlappingDomainsRule : ConfigRule
{
    public override LintRule Rule => LintRules.OverlappingDomains;

    public override void Check(BoundConfig config, LintReport report)
    {
        var outcome = config.Knowledge.Outcome(SquidProblem.OverlappingDstdomain);

        // Squid versions that refuse the exact overlaps accept a name under a .domain silently; those that only warn report both.
        var coveredOutcome = outcome == ProblemOutcome.Warning ? ProblemOutcome.Warning : ProblemOutcome.Ignored;
        foreach (var symbol in config.Acls.Symbols)
        {
            if (symbol.Type.ValueKind != AclValueKind.Domain || symbol.Definitions.Count == 0)
            {
                continue;
            }

            var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var definition in symbol.Definitions)
            {
                foreach (var value in definition.Values)
                {
                    var text = value.Text;
                    var twin = text.StartsWith(".", StringComparison.Ordinal) ? text.Substring(1) : "." + text;
                    if (seen.TryGetValue(text, out var same) || seen.TryGetValue(twin, out same))
                    {
                        report.Add(Rule, outcome, $"ACL '{symbol.Name}': '{text}' overlaps '{same}' {Consequence(outcome, config)}", definition.Site, value.Word);
                    }
                    else if (Covering(seen, text) is { } cover)
                    {
                        report.Add(Rule, coveredOutcome, $"ACL '{symbol.Name}': '{text}' is already covered by '{cover}'; Squid ignores it (remove it)", definition.Site, value.Word);
                    }

                    if (!seen.ContainsKey(text))
                    {
                        seen.Add(text, text);
                    }
                }
            }
        }
    }

    private static string Consequence(ProblemOutcome outcome, BoundConfig config) => outcome == ProblemOutcome.Fatal
        ? $"and {config.Target} refuses the config (Squid 7 only warns); keep one of them"
        : "and Squid ignores one of them; keep one";

    private static string? Covering(Dictionary<string, string> seen, string text)
    {
        for (var dot = text.IndexOf('.', 1); dot > 0; dot = text.IndexOf('.', dot + 1))
        {
            if (seen.TryGetValue(text.Substring(dot), out var cover))
            {
                return cover;
            }
        }

        return null;
    }
}
