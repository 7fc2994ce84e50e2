using System;
using System.Collections.Generic;

namespace ProxyConnect.Squid.Syntax;

/// <summary>Turns text into the lossless node list: blank lines, comment lines and directives, where a directive
/// takes its continuation lines (and the comment or blank lines Squid skips inside a continuation).</summary>
/// <remarks>The rules are Squid's own (<c>parseOneConfigFile</c>): a line is cut at its first CR, leading blanks
/// are skipped, an empty or <c>#</c> line is skipped, and a line whose last byte is <c>\</c> continues.</remarks>
internal static class SquidSyntaxParser
{
    private const string QuotedValuesDirective = "configuration_includes_quoted_values";

    public static List<SyntaxNode> Parse(string text)
    {
        var lines = LineScanner.Split(text);
        var nodes = new List<SyntaxNode>(lines.Count);
        var quotedValues = false;
        var i = 0;
        while (i < lines.Count)
        {
            var line = lines[i];
            var (lead, effectiveLength) = Measure(text, line);
            if (lead == effectiveLength)
            {
                nodes.Add(new BlankLine(text, line.Start, line.FullLength));
                i++;
                continue;
            }

            if (text[line.Start + lead] == '#')
            {
                nodes.Add(new CommentLine(text, line.Start, line.FullLength));
                i++;
                continue;
            }

            // A directive: take lines while the last content line ends in '\'.
            var first = i;
            var open = false;
            var continues = EndsWithBackslash(text, line, effectiveLength);
            i++;
            while (continues)
            {
                if (i >= lines.Count)
                {
                    open = true;
                    break;
                }

                var next = lines[i];
                var (nextLead, nextLength) = Measure(text, next);
                i++;
                if (nextLead == nextLength || text[next.Start + nextLead] == '#')
                {
                    continue; // skipped inside a continuation; the continuation goes on.
                }

                continues = EndsWithBackslash(text, next, nextLength);
            }

            var start = lines[first].Start;
            var end = lines[i - 1].End;
            var directive = new DirectiveLine(text, start, end - start, i - first, quotedValues, open);
            nodes.Add(directive);
            if (StartsWithWord(text, line.Start + lead, QuotedValuesDirective))
            {
                quotedValues = ReadSwitch(directive, quotedValues);
            }
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
