using System;
using System.IO;
using System.Linq;

namespace ProxyConnect.Analysis.Formatting;

/// <summary>How a finding's file is named for tools that read repository-relative paths (SARIF, GitHub annotations):
/// relative to a base folder (the repository checkout) when the file lies beneath it, else as it is.</summary>
internal static class ArtifactUri
{
    /// <summary>The SARIF <c>uriBaseId</c> for paths relative to the base folder.</summary>
    public const string SourceRootId = "%SRCROOT%";

    /// <summary>The path relative to <paramref name="baseDirectory"/> with <c>/</c> separators, or <see langword="null"/>
    /// when the file is not beneath it (or there is no file or base).</summary>
    public static string? Relative(string? filePath, string? baseDirectory)
    {
        if (filePath is null || baseDirectory is null || IsPseudoName(filePath))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(baseDirectory, filePath));
        var root = Path.GetFullPath(baseDirectory).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return full.StartsWith(root, StringComparison.Ordinal) ? full.Substring(root.Length).Replace('\\', '/') : null;
    }

    /// <summary>The path shown to a reader: relative to the base when beneath it, else as given
    /// (<c>&lt;text&gt;</c> for text without a file).</summary>
    public static string Display(string? filePath, string? baseDirectory) => Relative(filePath, baseDirectory) ?? filePath ?? "<text>";

    /// <summary>A URI reference for SARIF's <c>artifactLocation.uri</c>: relative (percent-encoded segments) when the file
    /// is beneath the base, an absolute <c>file:</c> URI for other rooted paths, else the encoded name.</summary>
    public static (string Uri, bool RelativeToBase) ForSarif(string? filePath, string? baseDirectory)
    {
        var relative = Relative(filePath, baseDirectory);
        if (relative != null)
        {
            return (EncodeSegments(relative), true);
        }

        if (filePath != null && !IsPseudoName(filePath) && Path.IsPathRooted(filePath))
        {
            return (FileUri(Path.GetFullPath(filePath)), false);
        }

        return (EncodeSegments((filePath ?? "<text>").Replace('\\', '/')), false);
    }

    /// <summary>An absolute <c>file:</c> URI for a folder, ending in <c>/</c> (SARIF requires that of a base).</summary>
    public static string FolderUri(string directory)
    {
        var uri = FileUri(Path.GetFullPath(directory));
        return uri.EndsWith("/", StringComparison.Ordinal) ? uri : uri + "/";
    }

    private static string FileUri(string fullPath)
    {
        var path = fullPath.Replace('\\', '/');
        if (!path.StartsWith("/", StringComparison.Ordinal))
        {
            path = "/" + path; // C:/x -> /C:/x
        }

        return "file://" + EncodeSegments(path);
    }

    private static string EncodeSegments(string path) =>
        string.Join("/", path.Split('/').Select(segment => Uri.EscapeDataString(segment).Replace("%3A", ":")));

    /// <summary><c>&lt;stdin&gt;</c>, <c>&lt;default&gt;</c>, <c>&lt;text&gt;</c>: names of text that is no file.</summary>
    private static bool IsPseudoName(string name) => name.StartsWith("<", StringComparison.Ordinal) && name.EndsWith(">", StringComparison.Ordinal);
}
