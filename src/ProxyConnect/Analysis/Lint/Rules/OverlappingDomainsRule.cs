using System;
using System.Collections.Generic;
using ProxyConnect.Analysis.Binding;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1044: domain values of one ACL that overlap: the same domain with and without the leading dot, or a
/// <c>.domain</c> after a name it covers (fatal before Squid 7, a warning in 7); in 7 also a repeated value or a name
/// under an earlier <c>.domain</c> (warnings).</summary>
internal sealed class OverlappingDomainsRule : ConfigRule
{
    public override LintRule Rule => LintRules.OverlappingDomains;

    public override void Check(BoundConfig config, LintReport report)
    {
        var outcome = config.Knowledge.Outcome(SquidProblem.OverlappingDstdomain);
        foreach (var symbol in config.Acls.Symbols)
        {
            if (symbol.Type.ValueKind != AclValueKind.Domain || symbol.Definitions.Count == 0)
            {
                continue;
            }

            var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var suffixes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var definition in symbol.Definitions)
            {
                foreach (var value in definition.Values)
                {
                    Check(config, report, outcome, symbol, definition, value, seen, suffixes);
                }
            }
        }
    }

    /// <summary>Measured with each version: where Squid refuses overlaps (4 to 6), a value whose twin (with or without
    /// the dot) came before, or a .domain that covers an earlier name, is fatal, while a repeated value or a name under an
    /// earlier .domain passes silently; where Squid only warns (7), every overlap is a warning.</summary>
    private void Check(BoundConfig config, LintReport report, ProblemOutcome outcome, AclSymbol symbol, AclDefinition definition, AclValue value, Dictionary<string, string> seen, Dictionary<string, string> suffixes)
    {
        var text = value.Text;
        var dotted = text.StartsWith(".", StringComparison.Ordinal);
        var twin = dotted ? text.Substring(1) : "." + text;
        string? earlierCovered = null;
        if (dotted)
        {
            suffixes.TryGetValue(text, out earlierCovered);
        }
        if (seen.TryGetValue(twin, out var other) || earlierCovered is not null)
        {
            other ??= earlierCovered;
            report.Add(Rule, outcome, $"ACL '{symbol.Name}': '{text}' overlaps '{other}' {Consequence(outcome, config)}", definition.Site, value.Word);
        }
        else if (outcome == ProblemOutcome.Warning && (seen.TryGetValue(text, out other) || Covering(seen, text) is { } cover && (other = cover) is not null))
        {
            report.Add(Rule, ProblemOutcome.Warning, $"ACL '{symbol.Name}': '{text}' is already covered by '{other}'; Squid ignores it (remove it)", definition.Site, value.Word);
        }

        if (!seen.ContainsKey(text))
        {
            seen.Add(text, text);
            if (!dotted)
            {
                // Every .domain that would cover this name, so that a later one is found by one lookup.
                for (var dot = text.IndexOf('.'); dot > 0; dot = text.IndexOf('.', dot + 1))
                {
                    var suffix = text.Substring(dot);
                    if (!suffixes.ContainsKey(suffix))
                    {
                        suffixes.Add(suffix, text);
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
