using ProxyConnect.Tests.Shared;

namespace ProxyConnect.Tests.Support;

/// <summary>The config files every round-trip test runs over.</summary>
public static class Corpus
{
    /// <summary>Our own edge-case files, each named for what it exercises.</summary>
    public static string OwnFolder => Path.Combine(RepoPaths.Root, "tests", "ProxyConnect.Tests", "Corpus");

    public static IEnumerable<string> OwnFiles => Directory.EnumerateFiles(OwnFolder).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal);

    /// <summary>Every file under ../shared/squid (the stock Debian config and Squid's own test configs).</summary>
    public static IEnumerable<string> SharedFiles =>
        Directory.EnumerateFiles(RepoPaths.SharedSquid, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".md", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal);

    /// <summary>The installed package's config, when Squid is installed.</summary>
    public static IEnumerable<string> InstalledFiles =>
        File.Exists(RepoPaths.InstalledConfig) ? new[] { RepoPaths.InstalledConfig } : Array.Empty<string>();

    public static IEnumerable<string> AllFiles => OwnFiles.Concat(SharedFiles).Concat(InstalledFiles);

    public static TheoryData<string> AllFilesData()
    {
        var data = new TheoryData<string>();
        foreach (var file in AllFiles)
        {
            data.Add(file);
        }

        return data;
    }
}
