using System;
using System.Collections.Generic;
using System.Text;

namespace ProxyConnect.Squid.Syntax;

/// <summary>The parsed content of a <see cref="DirectiveLine"/>: the joined logical text, its tokens mapped back
/// to physical positions, and the problems seen in the raw text.</summary>
internal sealed class DirectiveParts
{
    /// <summary>fgets(…, BUFSIZ) on glibc reads at most 8191 bytes of a line, newline included.</summary>
    private const int SquidLineBuffer = 8191;

    /// <summary>Directives whose value Squid reads to the end of the line, so a <c>#</c> there is data.</summary>
    private static readonly HashSet<string> NoInlineComments = new(StringComparer.Ordinal) { "include" };

    private DirectiveParts(string indentation, string logical, SyntaxToken? name, IReadOnlyList<SyntaxToken> arguments, SyntaxToken? comment, IReadOnlyList<SyntaxDiagnostic> diagnostics)
    {
        Indentation = indentation;
        Logical = logical;
        Name = name;
        Arguments = arguments;
        Comment = comment;
        Diagnostics = diagnostics;
    }

    public string Indentation { get; }

    public string Logical { get; }

    public SyntaxToken? Name { get; }

    public IReadOnlyList<SyntaxToken> Arguments { get; }

    public SyntaxToken? Comment { get; }

    public IReadOnlyList<SyntaxDiagnostic> Diagnostics { get; }

    public static DirectiveParts Parse(DirectiveLine node)
    {
        var text = node.Text;
        var lines = LineScanner.Split(text);
        var logical = new StringBuilder();
        var segments = new List<Segment>(lines.Count);
        var diagnostics = new List<SyntaxDiagnostic>();
        var indentation = string.Empty;

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var content = text.Substring(line.Start, line.ContentLength);
            CheckRawLine(content, line, i, diagnostics, node.Kind);

            var cr = content.IndexOf('\r');
            var effective = cr >= 0 ? content.Substring(0, cr) : content;
            var lead = CountBlanks(effective);
            if (i > 0 && (lead == effective.Length || effective[lead] == '#'))
            {
                continue; // comment or blank line inside a continuation: Squid skips it and goes on.
            }

            if (i == 0)
            {
                indentation = effective.Substring(0, lead);
            }

            var taken = effective.Substring(lead);
            var continues = taken.EndsWith("\\", StringComparison.Ordinal) && (i < lines.Count - 1 || node.IsOpenAtEndOfFile);
            if (continues)
            {
                taken = taken.Substring(0, taken.Length - 1);
            }
            else if (i == lines.Count - 1 && EndsWithBackslashThenBlanks(taken))
            {
                diagnostics.Add(new SyntaxDiagnostic(SyntaxDiagnosticCodes.BackslashBeforeBlanks, Severity.Warning,
                    "A '\\' followed by blanks at the end of the line does not continue it: Squid reads '\\' as a value.", i, lead + taken.TrimEnd(' ', '\t').Length));
            }

            segments.Add(new Segment(logical.Length, i, lead));
            logical.Append(taken);
        }

        if (node.IsOpenAtEndOfFile)
        {
            diagnostics.Add(new SyntaxDiagnostic(SyntaxDiagnosticCodes.OpenContinuation, Severity.Warning,
                "The file ends while this line is still continued (trailing '\\'): Squid discards the whole line.", lines.Count - 1, Math.Max(1, lines[lines.Count - 1].ContentLength)));
        }

        var logicalText = logical.ToString();
        var nameEnd = 0;
        while (nameEnd < logicalText.Length && logicalText[nameEnd] != ' ' && logicalText[nameEnd] != '\t')
        {
            nameEnd++;
        }

        var directiveName = logicalText.Substring(0, nameEnd);
        var items = DirectiveGrammar.Tokenize(logicalText, allowComment: !NoInlineComments.Contains(directiveName), quotes: node.QuotedValues || directiveName == "include");

        SyntaxToken? name = null;
        SyntaxToken? comment = null;
        var arguments = new List<SyntaxToken>(items.Count);
        for (var k = 0; k < items.Count; k++)
        {
            var item = items[k];
            var (lineOffset, column) = Map(segments, item.Offset);
            var token = new SyntaxToken(item.Text, item.Leading, lineOffset, column);
            if (k == 0)
            {
                name = token;
            }
            else if (item.IsComment)
            {
                comment = token;
            }
            else
            {
                arguments.Add(token);
            }
        }

        if (name != null && name.Text.Length > 0 && name.Text[0] == '\uFEFF')
        {
            diagnostics.Add(new SyntaxDiagnostic(SyntaxDiagnosticCodes.ByteOrderMark, Severity.Error,
                "A UTF-8 byte order mark (EF BB BF) stands before the directive name: Squid does not strip it and reports an unrecognized directive. Save the file as UTF-8 without BOM.", name.LineOffset, name.Column));
        }

        return new DirectiveParts(indentation, logicalText, name, arguments, comment, diagnostics);
    }

    /// <summary>Checks one physical line for what Squid reads differently from what an editor shows.</summary>
    internal static void CheckRawLine(string content, PhysicalLine line, int lineOffset, List<SyntaxDiagnostic> diagnostics, SyntaxKind kind)
    {
        var cr = content.IndexOf('\r');
        if (cr >= 0)
        {
            diagnostics.Add(new SyntaxDiagnostic(SyntaxDiagnosticCodes.CarriageReturnInLine, Severity.Warning,
                "A carriage return (CR) stands inside the line: Squid ignores everything after it.", lineOffset, cr + 1));
        }

        if (line.FullLength > SquidLineBuffer && LongLine(content, lineOffset) is { } tooLong)
        {
            diagnostics.Add(tooLong);
        }
    }

    /// <summary>PXC1004 for a physical line (content without its ending) when Squid splits it and reads the rest.</summary>
    internal static SyntaxDiagnostic? LongLine(string content, int lineOffset) =>
        content.Length > SquidLineBuffer / 4 && SplitRemainderIsRead(content)
            ? new SyntaxDiagnostic(SyntaxDiagnosticCodes.LineTooLong, Severity.Error,
                $"The line is longer than {SquidLineBuffer} bytes: Squid splits it there and reads the rest as a new line, which it refuses. Use '\\' continuations.", lineOffset, 1)
            : null;

    /// <summary>
    /// Whether the part of a long line after Squid's first <see cref="SquidLineBuffer"/> bytes is read as a line
    /// (so Squid reports it as an unrecognized directive or a bad value): it is not when it holds only blanks and line
    /// ending bytes, or starts with '#' after blanks (a comment line of its own).
    /// </summary>
    private static bool SplitRemainderIsRead(string content)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        if (bytes.Length <= SquidLineBuffer)
        {
            return false;
        }

        var rest = Encoding.UTF8.GetString(bytes, SquidLineBuffer, bytes.Length - SquidLineBuffer).TrimStart(' ', '\t', '\r');
        return rest.Length > 0 && rest[0] != '#';
    }

    private static bool EndsWithBackslashThenBlanks(string s)
    {
        var trimmed = s.TrimEnd(' ', '\t');
        return trimmed.Length < s.Length && trimmed.EndsWith("\\", StringComparison.Ordinal);
    }

    private static int CountBlanks(string s)
    {
        var i = 0;
        while (i < s.Length && (s[i] == ' ' || s[i] == '\t'))
        {
            i++;
        }

        return i;
    }

    private static (int LineOffset, int Column) Map(List<Segment> segments, int offset)
    {
        var index = segments.Count - 1;
        while (index > 0 && segments[index].LogicalStart > offset)
        {
            index--;
        }

        var segment = segments[index];
        return (segment.LineOffset, segment.ColumnStart + (offset - segment.LogicalStart) + 1);
    }

    private readonly struct Segment
    {
        public Segment(int logicalStart, int lineOffset, int columnStart)
        {
            LogicalStart = logicalStart;
            LineOffset = lineOffset;
            ColumnStart = columnStart;
        }

        public int LogicalStart { get; }

        public int LineOffset { get; }

        public int ColumnStart { get; }
    }
}
