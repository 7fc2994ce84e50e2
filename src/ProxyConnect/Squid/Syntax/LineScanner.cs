using System.Collections.Generic;

namespace ProxyConnect.Squid.Syntax;

/// <summary>Splits text into physical lines without copying it.</summary>
/// <remarks>Hand-written rather than Sprache: this loop runs over every byte of every file, and a plain
/// <c>IndexOf('\n')</c> is an order of magnitude cheaper than a combinator here. Sprache parses the
/// content of each logical line (<see cref="DirectiveGrammar"/>).</remarks>
internal static class LineScanner
{
    /// <summary>The physical line that starts at <paramref name="start"/> (which is inside the text).</summary>
    public static PhysicalLine Next(string text, int start)
    {
        var newline = text.IndexOf('\n', start);
        if (newline < 0)
        {
            return new PhysicalLine(start, text.Length - start, 0);
        }

        var crlf = newline > start && text[newline - 1] == '\r';
        return new PhysicalLine(start, newline - start - (crlf ? 1 : 0), crlf ? 2 : 1);
    }

    /// <summary>How many physical lines the text has: its line feeds, plus one for a last line without one.</summary>
    public static int Count(string text)
    {
#if NET8_0_OR_GREATER
        var feeds = System.MemoryExtensions.Count(System.MemoryExtensions.AsSpan(text), '\n');
#else
        var feeds = 0;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            feeds++;
        }
#endif
        return text.Length > 0 && text[text.Length - 1] != '\n' ? feeds + 1 : feeds;
    }

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
