using System.IO.Compression;
using System.Xml.Linq;
using FluentAssertions;
using ProxyConnect.Packaging.Tests.Support;
using ProxyConnect.Tests.Shared;

namespace ProxyConnect.Packaging.Tests;

/// <summary>What is inside the packages `dotnet pack` makes, and what consumers of them get: the samples build and
/// run against the packed packages only (never the projects), with the SDK's own compiler loading our analyzers
/// from the package. One pack per run (<see cref="PackedFeed"/>).</summary>
[Collection(PackagingCollection.Name)]
public sealed class PackageContentTests
{
    private readonly PackedFeed _feed;

    public PackageContentTests(PackedFeed feed)
    {
        _feed = feed;
    }

    [Fact]
    public void Every_shipped_project_is_packed_with_a_symbols_package()
    {
        _feed.PackageIds.Should().BeEquivalentTo(new[] { "ProxyConnect", "ProxyConnect.Extensions.Configuration", "ProxyConnect.Testing", "ProxyConnect.Tool" });
        foreach (var id in _feed.PackageIds)
        {
            File.Exists(_feed.PackagePath(id)).Should().BeTrue($"{id} is packable ({_feed.PackResult.Output})");
            File.Exists(_feed.SymbolsPath(id)).Should().BeTrue($"{id} ships symbols");
            using var symbols = ZipFile.OpenRead(_feed.SymbolsPath(id));
            using var package = ZipFile.OpenRead(_feed.PackagePath(id));
            var dlls = package.Entries.Where(e => e.FullName.StartsWith("lib/", StringComparison.Ordinal) || e.FullName.StartsWith("tools/", StringComparison.Ordinal))
                .Where(e => e.Name == id + ".dll" || e.Name == id.Replace(".Tool", ".Cli", StringComparison.Ordinal) + ".dll")
                .Select(e => e.FullName[..^4] + ".pdb");
            symbols.Entries.Select(e => e.FullName).Should().Contain(dlls, $"{id}'s symbols package has a PDB for each of its assemblies");
        }
    }

    [Fact]
    public void ProxyConnect_has_both_libraries_with_docs_the_analyzers_readme_and_icon()
    {
        using var package = ZipFile.OpenRead(_feed.PackagePath("ProxyConnect"));
        var entries = package.Entries.Select(e => e.FullName).ToList();

        entries.Should().Contain(new[]
        {
            "lib/netstandard2.0/ProxyConnect.dll", "lib/netstandard2.0/ProxyConnect.xml",
            "lib/net8.0/ProxyConnect.dll", "lib/net8.0/ProxyConnect.xml",
            "analyzers/dotnet/cs/ProxyConnect.Analyzers.dll", "analyzers/dotnet/cs/ProxyConnect.Analyzers.CodeFixes.dll",
            "analyzers/dotnet/cs/ProxyConnect.Analyzers.Config.dll", "analyzers/dotnet/cs/ProxyConnect.dll", "analyzers/dotnet/cs/Sprache.dll",
            "build/ProxyConnect.targets", "buildTransitive/ProxyConnect.targets", "README.md", "icon.png",
        });
        entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).Should().HaveCount(5, "nothing else is loaded into the compiler");
        entries.Where(e => e.StartsWith("lib/", StringComparison.Ordinal)).Should().HaveCount(4);
    }

    [Fact]
    public void The_analyzer_folder_carries_the_netstandard_library_itself()
    {
        using var package = ZipFile.OpenRead(_feed.PackagePath("ProxyConnect"));

        Bytes(package, "analyzers/dotnet/cs/ProxyConnect.dll").Should().Equal(Bytes(package, "lib/netstandard2.0/ProxyConnect.dll"),
            "the build-time check runs the very lint the library ships (deterministic build, same inputs)");
    }

    [Fact]
    public void ProxyConnect_depends_on_Sprache_only()
    {
        var nuspec = Nuspec("ProxyConnect");
        var groups = nuspec.Descendants(Ns(nuspec, "group")).ToList();

        groups.Select(g => (string?)g.Attribute("targetFramework")).Should().BeEquivalentTo(new[] { "net8.0", ".NETStandard2.0" });
        foreach (var group in groups)
        {
            group.Elements(Ns(nuspec, "dependency")).Select(d => (string?)d.Attribute("id")).Should().Equal(new[] { "Sprache" }, "for {0}", group.Attribute("targetFramework"));
        }
    }

    [Fact]
    public void Extensions_Configuration_depends_on_this_version_of_ProxyConnect()
    {
        var nuspec = Nuspec("ProxyConnect.Extensions.Configuration");
        var dependencies = nuspec.Descendants(Ns(nuspec, "dependency")).ToList();

        dependencies.Where(d => (string?)d.Attribute("id") == "ProxyConnect").Select(d => (string?)d.Attribute("version"))
            .Should().OnlyContain(v => v == _feed.Version).And.HaveCount(2);
        dependencies.Select(d => (string?)d.Attribute("id")).Distinct()
            .Should().BeEquivalentTo(new[] { "ProxyConnect", "Microsoft.Extensions.Options.ConfigurationExtensions" });
    }

    [Fact]
    public void Testing_depends_on_this_version_of_ProxyConnect_and_FluentAssertions_7()
    {
        var nuspec = Nuspec("ProxyConnect.Testing");
        var dependencies = nuspec.Descendants(Ns(nuspec, "dependency")).ToList();

        dependencies.Where(d => (string?)d.Attribute("id") == "ProxyConnect").Select(d => (string?)d.Attribute("version"))
            .Should().OnlyContain(v => v == _feed.Version).And.HaveCount(2);
        dependencies.Where(d => (string?)d.Attribute("id") == "FluentAssertions").Select(d => (string?)d.Attribute("version"))
            .Should().OnlyContain(v => v == "[7.2.2, 8.0.0)").And.HaveCount(2);
        dependencies.Select(d => (string?)d.Attribute("id")).Distinct().Should().BeEquivalentTo(new[] { "ProxyConnect", "FluentAssertions" });
    }

    [Fact]
    public void Every_package_carries_the_shared_metadata()
    {
        foreach (var id in _feed.PackageIds)
        {
            var nuspec = Nuspec(id);
            string? Value(string name) => nuspec.Descendants(Ns(nuspec, name)).SingleOrDefault()?.Value;
            var license = nuspec.Descendants(Ns(nuspec, "license")).Single();
            var repository = nuspec.Descendants(Ns(nuspec, "repository")).Single();

            Value("version").Should().Be(_feed.Version, id);
            ((string?)license.Attribute("type")).Should().Be("expression", id);
            license.Value.Should().Be("MIT", id);
            Value("icon").Should().Be("icon.png", id);
            Value("readme").Should().Be("README.md", id);
            Value("authors").Should().NotBeNullOrWhiteSpace(id);
            Value("description").Should().NotBeNullOrWhiteSpace(id);
            ((string?)repository.Attribute("type")).Should().Be("git", id);
            ((string?)repository.Attribute("url")).Should().Be("https://github.com/proxyconnect/proxyconnect", id);

            using var package = ZipFile.OpenRead(_feed.PackagePath(id));
            package.Entries.Select(e => e.FullName).Should().Contain(new[] { "icon.png", "README.md" }, id);
            using var readme = new StreamReader(package.GetEntry("README.md")!.Open());
            readme.ReadToEnd().Should().Be(File.ReadAllText(Path.Combine(RepoPaths.Root, "nuget", "README.md")), $"{id} carries the package README (nuget/README.md)");
        }
    }

    [Fact]
    public void No_package_contains_test_or_sample_assemblies()
    {
        foreach (var id in _feed.PackageIds)
        {
            using var package = ZipFile.OpenRead(_feed.PackagePath(id));
            package.Entries.Select(e => e.Name).Should().NotContain(
                n => n.Contains(".Tests", StringComparison.OrdinalIgnoreCase)
                    || n.StartsWith("xunit", StringComparison.OrdinalIgnoreCase)
                    || n.StartsWith("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase)
                    || n.StartsWith("GenerateSensorConfig", StringComparison.Ordinal)
                    || n.StartsWith("ValidateConfigInTests", StringComparison.Ordinal)
                    || n.StartsWith("AnalyzerDemo", StringComparison.Ordinal)
                    || n.StartsWith("ConfigCheckDemo", StringComparison.Ordinal),
                id);
        }
    }

    private XDocument Nuspec(string id)
    {
        using var package = ZipFile.OpenRead(_feed.PackagePath(id));
        var entry = package.Entries.Single(e => e.FullName == id + ".nuspec");
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    private static XName Ns(XDocument doc, string name) => doc.Root!.Name.Namespace + name;

    private static byte[] Bytes(ZipArchive package, string path)
    {
        using var stream = package.GetEntry(path)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

/// <summary>The package README is read on nuget.org, where relative links lead nowhere.</summary>
public class PackageReadmeTests
{
    [Fact]
    public void The_package_readme_has_only_absolute_links()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "nuget", "README.md"));
        var links = System.Text.RegularExpressions.Regex.Matches(text, @"\]\(([^)]+)\)|<(https?://[^>]+)>")
            .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)
            .ToList();

        links.Should().NotBeEmpty();
        links.Should().OnlyContain(l => l.StartsWith("https://", StringComparison.Ordinal), "relative links do not work on nuget.org");
    }
}
