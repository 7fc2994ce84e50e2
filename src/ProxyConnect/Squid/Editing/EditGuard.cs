using System;
using System.Collections.Generic;
using System.Linq;
using ProxyConnect.Analysis;

namespace ProxyConnect.Squid.Editing;

/// <summary>The one invariant every edit keeps, checked in one place (<see cref="DocumentEditor.Build"/>): an edit
/// never adds a lint error for the document's <see cref="SquidConfig.Target"/>. Errors the document already had do not block an edit; a new one refuses it with a
/// message naming the line.</summary>
/// <remarks>Cost: one lint per document, cached on the document, so a chain of edits lints each version once. New
/// errors are found by counting errors per id (line numbers move when lines are inserted, so locations cannot be
/// compared); the one reported is the error of that id on a line whose text no error of the old document had.</remarks>
internal static class EditGuard
{
    /// <param name="before">The document the edit started from.</param>
    /// <param name="after">The edited document.</param>
    /// <remarks>Both documents carry the same <see cref="SquidConfig.Target"/> (edits keep it), so both are linted for
    /// the Squid the config is meant for.</remarks>
    public static void Check(SquidConfig before, SquidConfig after)
    {
        var oldErrors = before.LintErrorsForEdits();
        var newErrors = after.LintErrorsForEdits();
        if (newErrors.Count == 0)
        {
            return;
        }

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
        var oldLines = new HashSet<string>(oldErrors.Where(f => f.Id == id).Select(f => LineText(before, f.Location.Line)), StringComparer.Ordinal);
        var added = candidates.FirstOrDefault(f => !oldLines.Contains(LineText(after, f.Location.Line))) ?? candidates[0];
        return new InvalidOperationException(
            $"Refused: the edit would add error {id} at {added.Location.ToDisplayString()} ('{LineText(after, added.Location.Line).Trim()}'): {added.Message}. {after.Target} would not accept the result; the document is unchanged.");
    }

    private static string LineText(SquidConfig config, int line)
    {
        var text = config.ToString();
        var start = 0;
        for (var i = 1; i < line && start >= 0; i++)
        {
            var next = text.IndexOf('\n', start);
            start = next < 0 ? -1 : next + 1;
        }

        if (start < 0 || start > text.Length)
        {
            return string.Empty;
        }

        var end = text.IndexOf('\n', start);
        return (end < 0 ? text.Substring(start) : text.Substring(start, end - start)).TrimEnd('\r');
    }
}
