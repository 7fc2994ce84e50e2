namespace ProxyConnect.Tests.Shared;

/// <summary>Locates the repository and the read-only <c>../shared</c> folder beside it, from a test's bin folder.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootLazy = new(FindRoot);

    /// <summary>The folder that holds ProxyConnect.sln.</summary>
    public static string Root => RootLazy.Value;

    /// <summary>The design and Squid data folder next to the repository (<c>../shared</c>).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary><c>../shared/squid</c>: the stock Debian config and Squid's own test configs.</summary>
    public static string SharedSquid => Path.Combine(Shared, "squid");

    /// <summary>The stock Debian 12 (Squid 5.7) config kept in <c>../shared</c>.</summary>
    public static string StockDebianConfig => Path.Combine(SharedSquid, "debian-5.7", "squid.conf");

    /// <summary>The config installed by the Debian <c>squid</c> package, when it is installed.</summary>
    public const string InstalledConfig = "/etc/squid/squid.conf";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ProxyConnect.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"ProxyConnect.sln not found above {AppContext.BaseDirectory}");
    }
}
