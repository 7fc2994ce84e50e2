using System;

namespace ProxyConnect.Squid.Syntax;

/// <summary>Turns text into the lossless node list: blank lines, comment lines and directives, where a directive
/// takes its continuation lines (and the comment or blank lines Squid skips inside a continuation).</summary>
/// <remarks>The rules are Squid's own (<c>parseOneConfigFile</c>): a line is cut at its first CR, leading blanks
/// are skipped, an empty or <c>#</c> line is skipped, and a line whose last byte is <c>\</c> continues.</remarks>
internal static class SquidSyntaxParser
{
    private const string QuotedValuesDirective = "configuration_includes_quoted_values";

    public static SyntaxNode[] Parse(string text)
    {
        // Lines are scanned as they are read (no list of them). A node is one line unless it continues, so an array of
        // one slot per line is the document's node array itself whenever no directive continues (nearly every config):
        // no list to grow and no copy of it, which for a short-lived process are pages it never has to touch.
        var nodes = new SyntaxNode[LineScanner.Count(text)];
        var count = 0;
        var quotedValues = false;
        var position = 0;
        while (position < text.Length)
        {
            var line = LineScanner.Next(text, position);
            position = line.End;
            var (lead, effectiveLength) = Measure(text, line);
            if (lead == effectiveLength)
            {
                nodes[count++] = new BlankLine(text, line.Start, line.FullLength);
                continue;
            }

            if (text[line.Start + lead] == '#')
            {
                nodes[count++] = new CommentLine(text, line.Start, line.FullLength);
                continue;
            }

            // A directive: take lines while the last content line ends in '\'.
            var physicalLines = 1;
            var open = false;
            var continues = EndsWithBackslash(text, line, effectiveLength);
            while (continues)
            {
                if (position >= text.Length)
                {
                    open = true;
                    break;
                }

                var next = LineScanner.Next(text, position);
                var (nextLead, nextLength) = Measure(text, next);
                position = next.End;
                physicalLines++;
                if (nextLead == nextLength || text[next.Start + nextLead] == '#')
                {
                    continue; // skipped inside a continuation; the continuation goes on.
                }

                continues = EndsWithBackslash(text, next, nextLength);
            }

            var directive = new DirectiveLine(text, line.Start, position - line.Start, physicalLines, quotedValues, open);
            nodes[count++] = directive;
            if (StartsWithWord(text, line.Start + lead, QuotedValuesDirective))
            {
                quotedValues = ReadSwitch(directive, quotedValues);
            }
        }

        if (count < nodes.Length)
        {
            Array.Resize(ref nodes, count);
        }

        return nodes;
    }

    /// <summary>Leading blanks, and the content length up to the first CR (what Squid keeps of the line).</summary>
    private static (int Lead, int EffectiveLength) Measure(string text, PhysicalLine line)
    {
        var cr = text.IndexOf('\r', line.Start, line.ContentLength);
        var effective = cr >= 0 ? cr - line.Start : line.ContentLength;
        var lead = 0;
        while (lead < effective && (text[line.Start + lead] == ' ' || text[line.Start + lead] == '\t'))
        {
            lead++;
        }

        return (lead, effective);
    }

    private static bool EndsWithBackslash(string text, PhysicalLine line, int effectiveLength) =>
        effectiveLength > 0 && text[line.Start + effectiveLength - 1] == '\\';

    private static bool StartsWithWord(string text, int index, string word) =>
        string.CompareOrdinal(text, index, word, 0, word.Length) == 0
        && (index + word.Length == text.Length || text[index + word.Length] == ' ' || text[index + word.Length] == '\t');

    private static bool ReadSwitch(DirectiveLine directive, bool current)
    {
        if (directive.Arguments.Count == 0)
        {
            return current;
        }

        return directive.Arguments[0].Text switch
        {
            "on" => true,
            "off" => false,
            _ => current,
        };
    }
}
