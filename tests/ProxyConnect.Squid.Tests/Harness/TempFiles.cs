namespace ProxyConnect.Squid.Tests.Harness;

/// <summary>Writes files into a harness temporary folder.</summary>
internal static class TempFiles
{
    /// <summary>Writes <paramref name="content"/> (UTF-8, no BOM, bytes as given) to <paramref name="relativePath"/> under <paramref name="folder"/>.</summary>
    public static string Write(string folder, string relativePath, string content)
    {
        if (Path.IsPathRooted(relativePath))
        {
            throw new ArgumentException($"'{relativePath}' must be relative to the temporary folder", nameof(relativePath));
        }

        var full = Path.GetFullPath(Path.Combine(folder, relativePath));
        if (!full.StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{relativePath}' leaves the temporary folder", nameof(relativePath));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return full;
    }
}
