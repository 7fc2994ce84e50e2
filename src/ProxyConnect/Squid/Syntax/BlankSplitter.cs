using System.Collections.Generic;

namespace ProxyConnect.Squid.Syntax;

/// <summary>The fast path of <see cref="DirectiveGrammar"/> for lines without quoted values: tokens are runs of
/// non-blank characters, and a token that starts with <c>#</c> (when comments are allowed) runs to the end of the
/// line. Same items, same offsets as the grammar; a property test compares the two on random lines.</summary>
/// <remarks>Hand-written because lint and editing of large configs tokenize every directive, and Sprache's
/// combinators cost several microseconds and kilobytes per line (measured in tests/ProxyConnect.Benchmarks).</remarks>
internal static class BlankSplitter
{
    public static IReadOnlyList<DirectiveGrammar.Item> Split(string logical, bool allowComment)
    {
        var items = new List<DirectiveGrammar.Item>(8);
        var i = 0;
        var length = logical.Length;
        if (length == 0 || IsBlank(logical[0]))
        {
            return items; // The grammar needs a name at offset 0; it fails on an empty or blank-led line.
        }

        var leadingStart = 0;
        while (i < length)
        {
            var leading = i == 0 ? string.Empty : logical.Substring(leadingStart, i - leadingStart);
            var start = i;
            if (allowComment && i > 0 && logical[i] == '#')
            {
                items.Add(new DirectiveGrammar.Item(leading, logical.Substring(start), start, isComment: true));
                return items;
            }

            while (i < length && !IsBlank(logical[i]))
            {
                i++;
            }

            items.Add(new DirectiveGrammar.Item(leading, logical.Substring(start, i - start), start, isComment: false));
            leadingStart = i;
            while (i < length && IsBlank(logical[i]))
            {
                i++;
            }
        }

        return items;
    }

    private static bool IsBlank(char c) => c == ' ' || c == '\t';
}
