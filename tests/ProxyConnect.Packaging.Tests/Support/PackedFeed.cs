using System.Text.RegularExpressions;
using ProxyConnect.Tests.Shared;

namespace ProxyConnect.Packaging.Tests.Support;

/// <summary>Packs every shipped project once per test run into a temporary feed, with a version of its own
/// (<c>0.1.0-ci.TIMESTAMP</c>) so that the NuGet cache can never serve a stale <c>0.1.0</c>, and copies the samples
/// next to it with a nuget.config that maps <c>ProxyConnect*</c> to that feed. The build happens in its own artifacts
/// folder, so it neither reads nor races with the repository's bin/obj.</summary>
public sealed class PackedFeed : IDisposable
{
    public static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(12);
    public static readonly TimeSpan SampleTimeout = TimeSpan.FromMinutes(4);

    public PackedFeed()
    {
        Root = Path.Combine(Path.GetTempPath(), "pxc-packaging-" + Guid.NewGuid().ToString("N")[..8]);
        Feed = Path.Combine(Root, "feed");
        Samples = Path.Combine(Root, "samples");
        Directory.CreateDirectory(Feed);

        var props = File.ReadAllText(Path.Combine(RepoPaths.Root, "Directory.Build.props"));
        BaseVersion = Regex.Match(props, "<Version>([^<]+)</Version>").Groups[1].Value;
        Version = $"{BaseVersion}-ci.{DateTime.UtcNow:yyyyMMddHHmmss}{Environment.ProcessId % 1000:D3}";

        PackableProjects = Directory.GetFiles(Path.Combine(RepoPaths.Root, "src"), "*.csproj", SearchOption.AllDirectories)
            .Where(p => Regex.IsMatch(File.ReadAllText(p), "<(IsPackable|PackAsTool)>true</"))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();

        var traversal = Path.Combine(Root, "pack.proj");
        File.WriteAllText(traversal, $"""
            <Project>
              <ItemGroup>
            {string.Concat(PackableProjects.Select(p => $"    <PackProject Include=\"{p}\" />\n"))}  </ItemGroup>
              <Target Name="Restore"><MSBuild Projects="@(PackProject)" Targets="Restore" /></Target>
              <Target Name="Pack"><MSBuild Projects="@(PackProject)" Targets="Pack" BuildInParallel="true" /></Target>
            </Project>
            """);
        PackResult = Dotnet.Run(RepoPaths.Root, PackTimeout, "msbuild", traversal, "-restore", "-t:Pack", "-m", "-nodeReuse:false", "-v:m",
            "-p:Configuration=Release", $"-p:Version={Version}", $"-p:PackageOutputPath={Feed}/",
            "-p:UseArtifactsOutput=true", $"-p:ArtifactsPath={Path.Combine(Root, "artifacts")}", "-p:ContinuousIntegrationBuild=true");
        if (PackResult.ExitCode != 0)
        {
            throw new InvalidOperationException("Packing failed:\n" + PackResult);
        }

        CopyFolder(Path.Combine(RepoPaths.Root, "samples"), Samples);
        var config = File.ReadAllText(Path.Combine(RepoPaths.Root, "samples", "nuget.config"));
        File.WriteAllText(Path.Combine(Samples, "nuget.config"), config.Replace("value=\"../nuget/feed\"", $"value=\"{Feed}\"", StringComparison.Ordinal));
    }

    /// <summary>The temporary folder of this run.</summary>
    public string Root { get; }

    /// <summary>Where the packages are.</summary>
    public string Feed { get; }

    /// <summary>A copy of <c>samples/</c> whose nuget.config points at <see cref="Feed"/>.</summary>
    public string Samples { get; }

    /// <summary>The version in Directory.Build.props.</summary>
    public string BaseVersion { get; }

    /// <summary>The version the packages of this run carry.</summary>
    public string Version { get; }

    public IReadOnlyList<string> PackableProjects { get; }

    public DotnetResult PackResult { get; }

    /// <summary>The package ids we expect: one per packable project (its PackageId, else the project name).</summary>
    public IEnumerable<string> PackageIds => PackableProjects.Select(p =>
        Regex.Match(File.ReadAllText(p), "<PackageId>([^<]+)</PackageId>") is { Success: true } m ? m.Groups[1].Value : Path.GetFileNameWithoutExtension(p));

    public string PackagePath(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    public string SymbolsPath(string id) => Path.Combine(Feed, $"{id}.{Version}.snupkg");

    /// <summary>Copies one sample to a fresh folder beside the others (so the samples' nuget.config and
    /// Directory.Build.props apply) for a test that changes its files.</summary>
    public string CopySample(string name, string copyName)
    {
        var target = Path.Combine(Samples, copyName);
        CopyFolder(Path.Combine(Samples, name), target);
        return target;
    }

    /// <summary>dotnet build/test/run arguments every sample needs: the version of this run.</summary>
    public string VersionArgument => $"-p:ProxyConnectVersion={Version}";

    public void Dispose()
    {
        TryDelete(Root);

        // The restores of the samples put this run's version into the NuGet cache: take it out again.
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in PackageIds)
        {
            TryDelete(Path.Combine(cache, id.ToLowerInvariant(), Version.ToLowerInvariant()));
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }

        foreach (var dir in Directory.GetDirectories(from))
        {
            var name = Path.GetFileName(dir);
            if (name is "bin" or "obj" or "out")
            {
                continue;
            }

            CopyFolder(dir, Path.Combine(to, name));
        }
    }
}
