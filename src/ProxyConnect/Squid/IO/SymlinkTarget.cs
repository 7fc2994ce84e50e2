using System;
using System.IO;

namespace ProxyConnect.Squid.IO;

/// <summary>Where a write to a path really lands: a symbolic link is followed (relative links against the link's
/// own folder, chains link by link) so that the file it points to is replaced and the link itself stays.</summary>
internal static class SymlinkTarget
{
    /// <summary>Linux gives up after 40 links (ELOOP); so do we.</summary>
    private const int MaxLinks = 40;

    /// <summary>The full path of the file a write to <paramref name="path"/> must replace: <paramref name="path"/>
    /// itself when it is not a link, else the end of its chain of links (which may not exist yet).</summary>
    /// <exception cref="IOException">The links form a loop or a chain longer than 40.</exception>
    public static string Resolve(string path)
    {
        var current = Path.GetFullPath(path);
        for (var i = 0; i < MaxLinks; i++)
        {
            var link = LinkTargetOf(current);
            if (link is null)
            {
                return current;
            }

            current = Path.GetFullPath(Path.IsPathRooted(link) ? link : Path.Combine(Path.GetDirectoryName(current) ?? string.Empty, link));
        }

        throw new IOException($"Cannot write '{path}': it is a symbolic link in a loop or a chain of more than {MaxLinks} links.");
    }

    private static string? LinkTargetOf(string path)
    {
#if NET6_0_OR_GREATER
        return new FileInfo(path).LinkTarget;
#else
        if (!UnixNative.IsUnix)
        {
            return null;
        }

        var attributes = File.Exists(path) || Directory.Exists(path) ? File.GetAttributes(path) : (FileAttributes)0;
        return (attributes & FileAttributes.ReparsePoint) != 0 || !File.Exists(path) ? UnixNative.ReadLink(path) : null;
#endif
    }
}
