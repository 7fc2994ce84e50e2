using FluentAssertions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace ProxyConnect.Analyzers.Tests;

public class DescriptorTests
{
    private static readonly DiagnosticDescriptor[] All =
        new ValueAnalyzer().SupportedDiagnostics.Concat(new CredentialsAnalyzer().SupportedDiagnostics).ToArray();

    [Fact]
    public void Ids_are_PXC0001_to_PXC0007_each_once() =>
        All.Select(d => d.Id).Should().BeEquivalentTo(Enumerable.Range(1, 7).Select(i => $"PXC{i:0000}"));

    [Fact]
    public void Errors_by_default_except_the_two_warnings() =>
        All.Where(d => d.DefaultSeverity == DiagnosticSeverity.Warning).Select(d => d.Id)
            .Should().BeEquivalentTo(DiagnosticIds.AmbiguousLegacyAddress, DiagnosticIds.NonCanonicalNetwork);

    [Fact]
    public void Every_help_link_points_to_a_page_in_the_repository()
    {
        var root = FindRepositoryRoot();
        foreach (var descriptor in All)
        {
            descriptor.HelpLinkUri.Should().Be(Descriptors.HelpLinkBase + descriptor.Id + ".md");
            File.Exists(Path.Combine(root, "docs", "diagnostics", descriptor.Id + ".md")).Should().BeTrue(descriptor.Id);
        }
    }

    [Fact]
    public void Every_rule_is_in_the_release_tracking_files()
    {
        var unshipped = File.ReadAllText(Path.Combine(FindRepositoryRoot(), "src", "ProxyConnect.Analyzers", "AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in All)
        {
            unshipped.Should().Contain(descriptor.Id + " | " + descriptor.Category + " | " + descriptor.DefaultSeverity);
        }
    }

    [Fact]
    public async Task A_diagnostic_can_be_turned_off_in_editorconfig()
    {
        var test = new CSharpAnalyzerTest<ValueAnalyzer, DefaultVerifier>
        {
            TestCode = Verify.Usings + """class C { void M() { _ = new Sensor("s1", {|#0:"10.0.0.5/24"|}, "10.0.0.300"); } }""",
        };
        Verify.Configure(test);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true
            [*.cs]
            dotnet_diagnostic.PXC0001.severity = none
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticIds.NonCanonicalNetwork, DiagnosticSeverity.Warning).WithLocation(0));
        await test.RunAsync();
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ProxyConnect.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ProxyConnect.sln not found above " + AppContext.BaseDirectory);
    }
}
