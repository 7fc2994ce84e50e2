using System.Collections.Generic;
using System.Linq;
using System.Text;
using DiffPlex;
using DiffPlex.Model;

namespace ProxyConnect.Cli.Output;

/// <summary>A unified diff (<c>---</c>/<c>+++</c> headers, <c>@@</c> hunks, 3 lines of context) computed with
/// DiffPlex over lines that keep their own endings, so a CRLF line or a missing final newline shows as it is.</summary>
internal static class UnifiedDiff
{
    public const int ContextLines = 3;

    /// <summary>The diff of two texts; empty when they are equal.</summary>
    public static string Create(string oldText, string newText, string oldName, string newName)
    {
        if (oldText == newText)
        {
            return string.Empty;
        }

        var result = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, KeepEndingsChunker.Instance);
        var oldLines = result.PiecesOld;
        var newLines = result.PiecesNew;
        var blocks = result.DiffBlocks.OrderBy(b => b.DeleteStartA).ToList();

        var output = new StringBuilder();
        output.Append("--- ").Append(oldName).Append('\n');
        output.Append("+++ ").Append(newName).Append('\n');

        var i = 0;
        while (i < blocks.Count)
        {
            var j = i;
            while (j + 1 < blocks.Count && blocks[j + 1].DeleteStartA - End(blocks[j]) <= 2 * ContextLines)
            {
                j++;
            }

            WriteHunk(output, oldLines, newLines, blocks.GetRange(i, j - i + 1));
            i = j + 1;
        }

        return output.ToString();
    }

    private static int End(DiffBlock block) => block.DeleteStartA + block.DeleteCountA;

    private static void WriteHunk(StringBuilder output, IReadOnlyList<string> oldLines, IReadOnlyList<string> newLines, List<DiffBlock> blocks)
    {
        var first = blocks[0];
        var last = blocks[blocks.Count - 1];
        var oldStart = System.Math.Max(0, first.DeleteStartA - ContextLines);
        var oldEnd = System.Math.Min(oldLines.Count, End(last) + ContextLines);
        var newStart = first.InsertStartB - (first.DeleteStartA - oldStart);
        var newEnd = last.InsertStartB + last.InsertCountB + (oldEnd - End(last));

        output.Append("@@ -").Append(Range(oldStart, oldEnd - oldStart))
            .Append(" +").Append(Range(newStart, newEnd - newStart)).Append(" @@\n");

        var position = oldStart;
        foreach (var block in blocks)
        {
            for (; position < block.DeleteStartA; position++)
            {
                WriteLine(output, ' ', oldLines[position]);
            }

            for (var k = 0; k < block.DeleteCountA; k++)
            {
                WriteLine(output, '-', oldLines[block.DeleteStartA + k]);
            }

            for (var k = 0; k < block.InsertCountB; k++)
            {
                WriteLine(output, '+', newLines[block.InsertStartB + k]);
            }

            position = End(block);
        }

        for (; position < oldEnd; position++)
        {
            WriteLine(output, ' ', oldLines[position]);
        }
    }

    /// <summary><c>start,count</c> with 1-based start; GNU diff's conventions for one line and for none.</summary>
    private static string Range(int start, int count) => count switch
    {
        0 => $"{start},0",
        1 => $"{start + 1}",
        _ => $"{start + 1},{count}",
    };

    private static void WriteLine(StringBuilder output, char prefix, string line)
    {
        output.Append(prefix).Append(line);
        if (!line.EndsWith('\n'))
        {
            output.Append("\n\\ No newline at end of file\n");
        }
    }

    /// <summary>Splits after each <c>\n</c>, keeping it (and a <c>\r</c> before it) in the line.</summary>
    private sealed class KeepEndingsChunker : IChunker
    {
        public static readonly KeepEndingsChunker Instance = new();

        public IReadOnlyList<string> Chunk(string text)
        {
            var lines = new List<string>();
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    lines.Add(text.Substring(start, i + 1 - start));
                    start = i + 1;
                }
            }

            if (start < text.Length)
            {
                lines.Add(text.Substring(start));
            }

            return lines;
        }
    }
}
