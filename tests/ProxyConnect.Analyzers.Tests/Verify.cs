using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ProxyConnect.Analyzers.Tests;

/// <summary>
/// Runs analyzers and code fixes on test sources that see the ProxyConnect library. Reference assemblies come from the
/// running runtime (its trusted platform assemblies), so the tests need no download.
/// </summary>
internal static class Verify
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var tpa = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        var runtime = tpa.Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is var f && (f.StartsWith("System.", StringComparison.Ordinal) || f is "mscorlib.dll" or "netstandard.dll"))
            .Where(p => Path.GetDirectoryName(p) == Path.GetDirectoryName(typeof(object).Assembly.Location));
        return runtime.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(ProxyConnect.Sensors.Sensor).Assembly.Location))
            .ToImmutableArray();
    });

    internal const string Usings = """
        using ProxyConnect.Annotations;
        using ProxyConnect.Sensors;

        """;

    internal static async Task AnalyzerAsync<TAnalyzer>(string source, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source };
        Configure(test);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    internal static async Task WithoutLibraryAsync<TAnalyzer>(string source)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source };
        Configure(test, withLibrary: false);
        await test.RunAsync();
    }

    internal static Task ValuesAsync(string source, params DiagnosticResult[] expected) => AnalyzerAsync<ValueAnalyzer>(source, expected);

    internal static async Task CodeFixAsync(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new CSharpCodeFixTest<ValueAnalyzer, CodeFixes.ValueCodeFixProvider, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
        };
        Configure(test);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>Analyzes <paramref name="source"/> with a reference to a library compiled from <paramref name="librarySource"/>
    /// (which sees ProxyConnect), as a user's code calls a third-party library built on ProxyConnect.</summary>
    internal static async Task ValuesWithLibraryAsync(string librarySource, string source, params DiagnosticResult[] expected)
    {
        var library = CSharpCompilation.Create(
            "ThirdParty",
            new[] { CSharpSyntaxTree.ParseText(librarySource) },
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emitted = library.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException("the test library does not compile: " + string.Join("; ", emitted.Diagnostics));
        }

        var test = new CSharpAnalyzerTest<ValueAnalyzer, DefaultVerifier> { TestCode = source };
        Configure(test);
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromImage(image.ToArray()));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    internal static DiagnosticResult Diagnostic(string id) => new(id, DiagnosticSeverity.Error);

    internal static void Configure<TVerifier>(AnalyzerTest<TVerifier> test, bool withLibrary = true)
        where TVerifier : IVerifier, new()
    {
        test.ReferenceAssemblies = new ReferenceAssemblies("net10.0-tpa");
        test.TestState.AdditionalReferences.AddRange(withLibrary ? References.Value : References.Value.RemoveAt(References.Value.Length - 1));
        test.SolutionTransforms.Add((solution, projectId) =>
        {
            var project = solution.GetProject(projectId)!;
            var parse = ((CSharpParseOptions)project.ParseOptions!).WithLanguageVersion(LanguageVersion.CSharp12);
            return solution.WithProjectParseOptions(projectId, parse);
        });
    }
}
