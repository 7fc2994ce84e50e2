namespace ProxyConnect.Squid.IO;

/// <summary>Matches one path segment (no <c>/</c>) against a glob pattern the way glibc's <c>fnmatch(3)</c> does
/// without flags, which is how Squid's <c>include</c> (glob(3)) compares each segment: <c>*</c>, <c>?</c>,
/// <c>[…]</c> with ranges and <c>!</c> or <c>^</c> negation, and <c>\</c> quoting the next character.</summary>
/// <remarks>Written by hand rather than translated into a regular expression: a stock Debian config includes
/// <c>conf.d/*.conf</c>, and building a regular expression was a measurable part of a native lint's start-up. POSIX
/// classes such as <c>[[:digit:]]</c> are not supported (their characters count one by one), and a <c>[</c> without
/// its <c>]</c> is a plain character (glibc has quirks there that no include path needs). A test holds the answers
/// equal to the C library's <c>fnmatch</c> on random well-formed patterns.</remarks>
internal static class GlobSegment
{
    private const int NoMatch = -1;

    /// <summary>Whether <paramref name="name"/> matches <paramref name="pattern"/> as a whole.</summary>
    public static bool IsMatch(string pattern, string name)
    {
        int p = 0, n = 0, resumePattern = -1, resumeName = 0;
        while (n < name.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                // Remember the star: when a later element fails, the star takes one more character and we go on.
                resumePattern = ++p;
                resumeName = n;
                continue;
            }

            if (p < pattern.Length)
            {
                var next = MatchOne(pattern, p, name[n]);
                if (next != NoMatch)
                {
                    p = next;
                    n++;
                    continue;
                }
            }

            if (resumePattern < 0)
            {
                return false;
            }

            p = resumePattern;
            n = ++resumeName;
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    /// <summary>The index after the pattern element at <paramref name="p"/> when it matches <paramref name="c"/>,
    /// else <see cref="NoMatch"/>.</summary>
    private static int MatchOne(string pattern, int p, char c)
    {
        switch (pattern[p])
        {
            case '?':
                return p + 1;
            case '\\':
                // A lone backslash at the end matches nothing, as in glibc.
                return p + 1 < pattern.Length && pattern[p + 1] == c ? p + 2 : NoMatch;
            case '[':
                var end = BracketEnd(pattern, p);
                if (end == NoMatch)
                {
                    return c == '[' ? p + 1 : NoMatch; // no closing bracket: a plain '['
                }

                return InBracket(pattern, p, end, c) ? end + 1 : NoMatch;
            default:
                return pattern[p] == c ? p + 1 : NoMatch;
        }
    }

    /// <summary>The index of the <c>]</c> that closes the bracket expression opened at <paramref name="open"/>, or
    /// <see cref="NoMatch"/> when none does (the <c>[</c> is then a plain character). A <c>]</c> right after the
    /// opening (or its negation) is a member, not the end, and so is one that ends a range.</summary>
    private static int BracketEnd(string pattern, int open)
    {
        var i = open + 1;
        if (i < pattern.Length && (pattern[i] == '!' || pattern[i] == '^'))
        {
            i++;
        }

        var first = true;
        while (i < pattern.Length)
        {
            if (pattern[i] == ']' && !first)
            {
                return i;
            }

            first = false;
            SkipMember(pattern, ref i);
            if (i + 1 < pattern.Length && pattern[i] == '-' && pattern[i + 1] != ']')
            {
                i++;
                SkipMember(pattern, ref i);
            }
        }

        return NoMatch;
    }

    private static void SkipMember(string pattern, ref int i) => i += pattern[i] == '\\' && i + 1 < pattern.Length ? 2 : 1;

    private static bool InBracket(string pattern, int open, int end, char c)
    {
        var i = open + 1;
        var negated = pattern[i] == '!' || pattern[i] == '^';
        if (negated)
        {
            i++;
        }

        var found = false;
        while (i < end)
        {
            var low = Member(pattern, ref i);
            if (i + 1 < end && pattern[i] == '-')
            {
                i++;
                var high = Member(pattern, ref i);
                found |= c >= low && c <= high;
            }
            else
            {
                found |= c == low;
            }
        }

        return found != negated;
    }

    /// <summary>One member character at <paramref name="i"/> (a backslash quotes the next one); moves past it.</summary>
    private static char Member(string pattern, ref int i)
    {
        if (pattern[i] == '\\' && i + 1 < pattern.Length)
        {
            i++;
        }

        return pattern[i++];
    }
}
