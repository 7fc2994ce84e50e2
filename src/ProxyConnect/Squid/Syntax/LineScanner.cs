using System.Collections.Generic;

namespace ProxyConnect.Squid.Syntax;

/// <summary>Splits text into physical lines without copying it.</summary>
/// <remarks>Hand-written rather than Sprache: this loop runs over every byte of every file, and a plain
/// <c>IndexOf('\n')</c> is an order of magnitude cheaper than a combinator here. Sprache parses the
/// content of each logical line (<see cref="DirectiveGrammar"/>).</remarks>
internal static class LineScanner
{
    public static List<PhysicalLine> Split(string text)
    {
        var lines = new List<PhysicalLine>(text.Length / 32 + 1);
        var start = 0;
        while (start < text.Length)
        {
            var newline = text.IndexOf('\n', start);
            if (newline < 0)
            {
                lines.Add(new PhysicalLine(start, text.Length - start, 0));
                break;
            }

            var crlf = newline > start && text[newline - 1] == '\r';
            var contentLength = newline - start - (crlf ? 1 : 0);
            lines.Add(new PhysicalLine(start, contentLength, crlf ? 2 : 1));
            start = newline + 1;
        }

        return lines;
    }
}
