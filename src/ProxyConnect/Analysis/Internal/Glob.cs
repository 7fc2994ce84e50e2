using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;

namespace ProxyConnect.Analysis.Internal;

/// <summary>A small glob(3): <c>*</c>, <c>?</c> and <c>[…]</c> in any path segment, results sorted, as Squid's
/// <c>include</c> expands them. A wildcard does not match a leading dot, as with glob(3).</summary>
internal static class Glob
{
    public static bool HasWildcard(string s) => s.IndexOfAny(new[] { '*', '?', '[' }) >= 0;

    /// <summary>Every existing file or folder matching the absolute <paramref name="pattern"/>, sorted ordinally.</summary>
    public static List<string> Expand(string pattern)
    {
        var results = new List<string>();
        if (!HasWildcard(pattern))
        {
            if (File.Exists(pattern) || Directory.Exists(pattern))
            {
                results.Add(pattern);
            }

            return results;
        }

        var root = Path.GetPathRoot(pattern) ?? string.Empty;
        var segments = pattern.Substring(root.Length).Split(new[] { '/', Path.DirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries);
        var current = new List<string> { root.Length == 0 ? "." : root };
        for (var i = 0; i < segments.Length && current.Count > 0; i++)
        {
            var last = i == segments.Length - 1;
            var next = new List<string>();
            foreach (var dir in current)
            {
                if (!HasWildcard(segments[i]))
                {
                    var candidate = Path.Combine(dir, segments[i]);
                    if (last ? File.Exists(candidate) || Directory.Exists(candidate) : Directory.Exists(candidate))
                    {
                        next.Add(candidate);
                    }

                    continue;
                }

                var regex = ToRegex(segments[i]);
                IEnumerable<string> entries;
                try
                {
                    entries = last ? Directory.EnumerateFileSystemEntries(dir) : Directory.EnumerateDirectories(dir);
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                {
                    continue;
                }

                foreach (var entry in entries)
                {
                    var name = Path.GetFileName(entry);
                    if (name.StartsWith(".", StringComparison.Ordinal) && !segments[i].StartsWith(".", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    if (regex.IsMatch(name))
                    {
                        next.Add(entry);
                    }
                }
            }

            current = next;
        }

        current.Sort(StringComparer.Ordinal);
        return current;
    }

    private static Regex ToRegex(string segment)
    {
        var sb = new StringBuilder("^");
        for (var i = 0; i < segment.Length; i++)
        {
            var c = segment[i];
            switch (c)
            {
                case '*': sb.Append("[^/]*"); break;
                case '?': sb.Append("[^/]"); break;
                case '[':
                    var close = segment.IndexOf(']', i + 2);
                    if (close < 0)
                    {
                        sb.Append("\\[");
                        break;
                    }

                    var body = segment.Substring(i + 1, close - i - 1);
                    if (body.StartsWith("!", StringComparison.Ordinal))
                    {
                        body = "^" + body.Substring(1);
                    }

                    sb.Append('[').Append(body.Replace("\\", "\\\\")).Append(']');
                    i = close;
                    break;
                default: sb.Append(Regex.Escape(c.ToString())); break;
            }
        }

        return new Regex(sb.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
