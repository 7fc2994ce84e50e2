using System.Text;
using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace ProxyConnect.Tests.Support;

/// <summary>A readable line diff for snapshots: changed lines with their new line numbers and two lines of context.</summary>
public static class LineDiff
{
    public static string Render(string before, string after)
    {
        var model = new InlineDiffBuilder(new Differ()).BuildDiffModel(before, after, ignoreWhitespace: false);
        var lines = model.Lines;
        var output = new StringBuilder();
        var lastShown = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type == ChangeType.Unchanged)
            {
                continue;
            }

            var start = Math.Max(lastShown + 1, i - 2);
            if (lastShown >= 0 && start > lastShown + 1)
            {
                output.Append("...\n");
            }

            for (var k = start; k <= Math.Min(lines.Count - 1, i + 2); k++)
            {
                var line = lines[k];
                var mark = line.Type switch { ChangeType.Inserted => "+", ChangeType.Deleted => "-", _ => " " };
                output.Append($"{mark}{line.Position?.ToString() ?? string.Empty,6} {line.Text.Replace("\r", "\\r")}\n");
                lastShown = k;
            }
        }

        return output.ToString();
    }
}
