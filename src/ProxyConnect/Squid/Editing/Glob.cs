using System.Text.RegularExpressions;

namespace ProxyConnect.Squid.Editing;

/// <summary>Matches a path against an <c>include</c> pattern the way glob(3) does for <c>*</c>, <c>?</c> and
/// <c>[…]</c> (a wildcard never crosses a <c>/</c>).</summary>
internal static class Glob
{
    public static bool Matches(string pattern, string path)
    {
        if (pattern.IndexOfAny(new[] { '*', '?', '[' }) < 0)
        {
            return string.Equals(Normalize(pattern), Normalize(path), System.StringComparison.Ordinal);
        }

        var regex = "^" + Regex.Escape(Normalize(pattern)).Replace("\\*", "[^/]*").Replace("\\?", "[^/]").Replace("\\[", "[") + "$";
        return Regex.IsMatch(Normalize(path), regex);
    }

    private static string Normalize(string path) => path.Replace('\\', '/');
}
