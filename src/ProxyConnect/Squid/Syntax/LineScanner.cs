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
        var feeds = CountLineFeeds(text);
        return text.Length > 0 && text[text.Length - 1] != '\n' ? feeds + 1 : feeds;
    }

#if NET8_0_OR_GREATER
    /// <summary>Counts line feeds eight characters at a time.</summary>
    /// <remarks>By hand rather than <c>MemoryExtensions.Count</c>: on the native executable's baseline instruction set
    /// that method takes each match mask out of the vector one element at a time (a software fallback), a measurable
    /// part of linting the stock config. Comparing gives -1 per matching lane; lanes are summed before they can
    /// overflow.</remarks>
    private static int CountLineFeeds(string text)
    {
        var chars = System.MemoryExtensions.AsSpan(text);
        var count = 0;
        var i = 0;
        if (System.Runtime.Intrinsics.Vector128.IsHardwareAccelerated)
        {
            var shorts = System.Runtime.InteropServices.MemoryMarshal.Cast<char, short>(chars);
            var feed = System.Runtime.Intrinsics.Vector128.Create((short)'\n');
            while (i + 8 <= shorts.Length)
            {
                var lanes = System.Runtime.Intrinsics.Vector128<short>.Zero;
                for (var block = 0; block < 4096 && i + 8 <= shorts.Length; block++, i += 8)
                {
                    lanes -= System.Runtime.Intrinsics.Vector128.Equals(System.Runtime.Intrinsics.Vector128.Create(shorts.Slice(i, 8)), feed);
                }

                count += System.Runtime.Intrinsics.Vector128.Sum(System.Runtime.Intrinsics.Vector128.WidenLower(lanes) + System.Runtime.Intrinsics.Vector128.WidenUpper(lanes));
            }
        }

        for (; i < chars.Length; i++)
        {
            if (chars[i] == '\n')
            {
                count++;
            }
        }

        return count;
    }
#else
    private static int CountLineFeeds(string text)
    {
        var feeds = 0;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            feeds++;
        }

        return feeds;
    }
#endif

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
