using System;
using System.Collections.Generic;
using System.Linq;
using ProxyConnect.Analysis;

namespace ProxyConnect.Squid.Editing;

/// <summary>The one invariant every edit keeps, checked in one place (<see cref="DocumentEditor.Build"/>): an edit
/// never adds a lint error for the document's <see cref="SquidConfig.Target"/>. Errors the document already had do not
/// block an edit; a new one refuses it with a message naming the line.</summary>
/// <remarks>Cost: the edited document is linted once (cached on it, so the next edit of a chain finds it done). The
/// document the edit started from is linted only when the edited one has errors, to tell new errors from old ones;
/// a clean result needs no comparison. New errors are found by counting errors per id (line numbers move when lines
/// are inserted, so locations cannot be compared); the one reported is the error of that id on a line whose text no
/// error of the old document had.</remarks>
internal static class EditGuard
{
    /// <param name="before">The document the edit started from.</param>
    /// <param name="after">The edited document.</param>
    /// <remarks>Both documents carry the same <see cref="SquidConfig.Target"/> (edits keep it), so both are linted for
    /// the Squid the config is meant for.</remarks>
    public static void Check(SquidConfig before, SquidConfig after)
    {
        var newErrors = after.LintErrorsForEdits();
        if (newErrors.Count == 0)
        {
            return;
        }

        var oldErrors = before.LintErrorsForEdits();
        var oldCounts = oldErrors.GroupBy(f => f.Id).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var group in newErrors.GroupBy(f => f.Id))
        {
            oldCounts.TryGetValue(group.Key, out var count);
            if (group.Count() > count)
            {
                throw Refusal(before, after, group.Key, group.ToList(), oldErrors);
            }
        }
    }

    private static InvalidOperationException Refusal(SquidConfig before, SquidConfig after, string id, IReadOnlyList<LintFinding> candidates, IReadOnlyList<LintFinding> oldErrors)
    {
        var beforeLines = Lines(before);
        var afterLines = Lines(after);
        var oldLines = new HashSet<string>(oldErrors.Where(f => f.Id == id).Select(f => LineText(beforeLines, f.Location.Line)), StringComparer.Ordinal);
        var added = candidates.FirstOrDefault(f => !oldLines.Contains(LineText(afterLines, f.Location.Line))) ?? candidates[0];
        return new InvalidOperationException(
            $"Refused: the edit would add error {id} at {added.Location.ToDisplayString()} ('{LineText(afterLines, added.Location.Line).Trim()}'): {added.Message}. {after.Target} would not accept the result; the document is unchanged.");
    }

    /// <summary>The document's physical lines, split once: a refusal may look up many of them.</summary>
    private static string[] Lines(SquidConfig config) => config.ToString().Split('\n');

    private static string LineText(string[] lines, int line) =>
        line >= 1 && line <= lines.Length ? lines[line - 1].TrimEnd('\r') : string.Empty;
}
