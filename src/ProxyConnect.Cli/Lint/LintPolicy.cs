using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using ProxyConnect.Analysis;
using ProxyConnect.Cli.Output;
using ProxyConnect.Squid;

namespace ProxyConnect.Cli.Lint;

/// <summary>What a team decides about lint findings: ids to drop (<c>--ignore</c>), warnings to treat as errors
/// (<c>--warn-as-error</c>, an id or <c>all</c>), and how many warnings are too many (<c>--max-warnings</c>).</summary>
internal sealed record LintPolicy(IReadOnlyCollection<string> Ignored, IReadOnlyCollection<string> WarningsAsErrors, bool AllWarningsAsErrors, int? MaxWarnings)
{
    public const string All = "all";

    /// <summary>Adds the three options to <paramref name="command"/> and returns a reader of the policy.</summary>
    public static Func<ParseResult, LintPolicy> AddTo(Command command)
    {
        var ignore = new Option<string[]>("--ignore")
        {
            Description = "Drop findings with this id (repeat, or separate with commas): --ignore PXC1029,PXC1036.",
            HelpName = "PXCnnnn",
        };
        var warnAsError = new Option<string[]>("--warn-as-error")
        {
            Description = "Report warnings with this id as errors (repeat, or separate with commas), or all warnings: --warn-as-error all.",
            HelpName = "PXCnnnn|all",
        };
        var maxWarnings = new Option<int?>("--max-warnings")
        {
            Description = "Exit 1 when there are more than N warnings (after --ignore).",
            HelpName = "N",
        };
        command.Options.Add(ignore);
        command.Options.Add(warnAsError);
        command.Options.Add(maxWarnings);
        // An option that was not given is read as null rather than through GetValue, whose default for an array
        // type is made through reflection: measurable in the native tool's start-up, and on every lint.
        return result => Create(
            result.GetResult(ignore) is null ? null : result.GetValue(ignore),
            result.GetResult(warnAsError) is null ? null : result.GetValue(warnAsError),
            result.GetValue(maxWarnings));
    }

    /// <summary>Checks the ids (a typo must not silently ignore nothing) and builds the policy.</summary>
    public static LintPolicy Create(string[]? ignore, string[]? warnAsError, int? maxWarnings)
    {
        if (maxWarnings < 0)
        {
            throw new UsageException($"--max-warnings {maxWarnings}: expected 0 or more.");
        }

        var ignored = Ids("--ignore", ignore, allowAll: false);
        var escalated = Ids("--warn-as-error", warnAsError, allowAll: true);
        return new LintPolicy(ignored, escalated, escalated.Contains(All), maxWarnings);
    }

    /// <summary>The findings after <c>--ignore</c> and <c>--warn-as-error</c>.</summary>
    /// <remarks>A loop rather than Where/Select: chained LINQ over an interface resolves generic virtual methods at
    /// run time, which in the native tool was 2 % of every lint, findings or not.</remarks>
    public IReadOnlyList<LintFinding> Apply(IEnumerable<LintFinding> findings)
    {
        var kept = new List<LintFinding>();
        foreach (var f in findings)
        {
            if (Ignored.Contains(f.Id))
            {
                continue;
            }

            var escalate = f.Severity == Severity.Warning && (AllWarningsAsErrors || WarningsAsErrors.Contains(f.Id));
            kept.Add(escalate ? f with { Severity = Severity.Error } : f);
        }

        return kept;
    }

    /// <summary>Whether the (already applied) findings fail the run: an error, or more warnings than allowed.</summary>
    public bool Fails(IReadOnlyList<LintFinding> findings, out string? why)
    {
        why = null;
        if (findings.Any(f => f.Severity == Severity.Error))
        {
            return true;
        }

        var warnings = findings.Count(f => f.Severity == Severity.Warning);
        if (MaxWarnings is { } max && warnings > max)
        {
            why = $"{warnings} warnings, more than --max-warnings {max}.";
            return true;
        }

        return false;
    }

    private static HashSet<string> Ids(string option, string[]? values, bool allowAll)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in (values ?? Array.Empty<string>()).SelectMany(v => v.Split(',')).Select(v => v.Trim()).Where(v => v.Length > 0))
        {
            if (allowAll && string.Equals(id, All, StringComparison.OrdinalIgnoreCase))
            {
                ids.Add(All);
                continue;
            }

            var upper = id.ToUpperInvariant();
            if (LintRules.Find(upper) is null)
            {
                throw new UsageException($"{option} {id}: not a lint id (the ids are listed in docs/diagnostics and the README){(allowAll ? ", or 'all'" : string.Empty)}.");
            }

            ids.Add(upper);
        }

        return ids;
    }
}
