using System;
using System.Collections.Generic;
using System.IO;

namespace ProxyConnect.Squid.IO;

/// <summary>A small glob(3): <c>*</c>, <c>?</c> and <c>[…]</c> in any path segment (<see cref="GlobSegment"/>), results
/// sorted, as Squid's <c>include</c> expands them. A wildcard does not match a leading dot, as with glob(3).</summary>
internal static class Glob
{
    /// <summary>Whether <paramref name="path"/> is one of the names <paramref name="pattern"/> stands for, without
    /// looking at the disk (segment by segment, so a wildcard never crosses a <c>/</c>).</summary>
    public static bool Matches(string pattern, string path)
    {
        var patternSegments = pattern.Replace('\\', '/').Split('/');
        var pathSegments = path.Replace('\\', '/').Split('/');
        if (patternSegments.Length != pathSegments.Length)
        {
            return false;
        }

        for (var i = 0; i < patternSegments.Length; i++)
        {
            var matches = HasWildcard(patternSegments[i])
                ? GlobSegment.IsMatch(patternSegments[i], pathSegments[i])
                : string.Equals(patternSegments[i], pathSegments[i], StringComparison.Ordinal);
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }

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

                    if (GlobSegment.IsMatch(segments[i], name))
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
}
