using System.Text.RegularExpressions;
using FluentAssertions;
using ProxyConnect.Tests.Shared;

namespace ProxyConnect.Packaging.Tests;

/// <summary>Every shipped library tracks its public surface (the tool, an executable, does not).</summary>
public sealed class PublicApiTests
{
    public static TheoryData<string> Libraries()
    {
        var data = new TheoryData<string>();
        foreach (var project in Directory.GetFiles(Path.Combine(RepoPaths.Root, "src"), "*.csproj", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(project);
            if (Regex.IsMatch(text, "<IsPackable>true</") && !Regex.IsMatch(text, "<PackAsTool>true</"))
            {
                data.Add(Path.GetRelativePath(RepoPaths.Root, project).Replace('\\', '/'));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public void A_shipped_library_has_its_PublicAPI_files(string project)
    {
        var folder = Path.Combine(RepoPaths.Root, Path.GetDirectoryName(project)!);
        foreach (var name in new[] { "PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt" })
        {
            var path = Path.Combine(folder, name);
            File.Exists(path).Should().BeTrue($"{project} tracks its public API in {name}");
            File.ReadLines(path).First().Should().Be("#nullable enable", name);
        }
    }

    [Fact]
    public void Nothing_has_shipped_yet()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "src"), "PublicAPI.Shipped.txt", SearchOption.AllDirectories))
        {
            File.ReadAllLines(file).Where(l => l.Length > 0).Should().Equal(new[] { "#nullable enable" }, $"{file}: 0.1.0 is unreleased, so everything is in PublicAPI.Unshipped.txt");
        }
    }
}
