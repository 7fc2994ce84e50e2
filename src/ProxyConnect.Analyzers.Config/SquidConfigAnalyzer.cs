using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ProxyConnect.Analysis;
using ProxyConnect.Analysis.Binding;
using ProxyConnect.Analysis.Lint;
using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Analyzers.Config;

/// <summary>Lints the squid.conf files a project lists (<c>&lt;SquidConfig Include="..." /&gt;</c>, or
/// <c>AdditionalFiles</c> named <c>squid.conf</c> / <c>*.squid.conf</c>), includes followed, and reports the findings
/// at <c>file(line,col)</c> with their PXC1nnn ids; checks the optional expectation file next to each config
/// (<c>squid.expect.json</c>). A project that lists no config gets no work beyond one look at its additional files.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp, LanguageNames.VisualBasic)]
public sealed class SquidConfigAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The metadata build/ProxyConnect.targets puts on the AdditionalFiles it makes from SquidConfig items:
    /// <c>true</c> for a config to lint, <c>include</c> for a file that is only included by one.</summary>
    public const string RoleMetadata = "build_metadata.AdditionalFiles.ProxyConnectSquidConfig";

    /// <summary>The MSBuild property (made visible by build/ProxyConnect.targets) that names the target Squid:
    /// <c>4</c> to <c>7</c> or <c>X.Y</c>, optionally <c>+openssl</c>; the newest Squid when it is empty.</summary>
    public const string SquidVersionProperty = "build_property.SquidVersion";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ConfigDescriptors.All;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var options = start.Options;
            if (!options.AdditionalFiles.Any(f => IsConfig(f, options)))
            {
                return;
            }

            start.RegisterAdditionalFileAction(file =>
            {
                if (!IsConfig(file.AdditionalFile, file.Options))
                {
                    return;
                }

                try
                {
                    var version = file.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(SquidVersionProperty, out var v) ? v : null;
                    Analyze(file.AdditionalFile, file.Options.AdditionalFiles, file.ReportDiagnostic, file.CancellationToken, version);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // An included file that vanished or is unreadable between the glob and the read: say so on the
                    // config rather than as an analyzer crash (AD0001).
                    var rule = ConfigDescriptors.Lint[LintRules.MissingInclude.Id];
                    Report(file, rule, e.Message);
                }
            });
        });
    }

    private static void Report(AdditionalFileAnalysisContext file, DiagnosticDescriptor rule, string message) =>
        file.ReportDiagnostic(Diagnostic.Create(rule, Location.Create(file.AdditionalFile.Path, default, default), message));

    /// <summary>Whether <paramref name="file"/> is a config to lint.</summary>
    internal static bool IsConfig(AdditionalText file, AnalyzerOptions options)
    {
        if (options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(RoleMetadata, out var role) && !string.IsNullOrEmpty(role))
        {
            return string.Equals(role, "true", StringComparison.OrdinalIgnoreCase);
        }

        var name = Path.GetFileName(file.Path);
        return string.Equals(name, "squid.conf", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".squid.conf", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The expectation file of a config: <c>squid.conf</c> → <c>squid.expect.json</c>,
    /// <c>edge.squid.conf</c> → <c>edge.squid.expect.json</c>, in the same folder.</summary>
    internal static string ExpectationPathFor(string configPath)
    {
        var folder = Path.GetDirectoryName(configPath) ?? string.Empty;
        var name = Path.GetFileName(configPath);
        var stem = name.EndsWith(".conf", StringComparison.OrdinalIgnoreCase) ? name.Substring(0, name.Length - 5) : name;
        return Path.Combine(folder, stem + ".expect.json");
    }

    internal static void Analyze(AdditionalText config, ImmutableArray<AdditionalText> all, Action<Diagnostic> report, CancellationToken cancellationToken, string? squidVersion = null)
    {
        var text = config.GetText(cancellationToken);
        if (text is null)
        {
            return;
        }

        // The main file's text comes from the compiler (in the IDE: the unsaved editor buffer); included files are
        // read from disk by the library, as Squid reads them (globs, relative to the including file's folder).
        var expectationPath = ExpectationPathFor(config.Path);
        var expectations = all.FirstOrDefault(f => PathComparer.Equals(Normalize(f.Path), Normalize(expectationPath)));
        var target = TargetOf(config, squidVersion, expectations, report, cancellationToken);
        var document = SquidConfig.Parse(text.ToString(), config.Path);
        var bound = Binder.Bind(document, SquidKnowledge.For(target), followIncludes: true);
        var texts = new Dictionary<string, SourceText?>(PathComparer) { [Normalize(config.Path)] = text };
        var findings = Linter.Run(bound);
        foreach (var finding in findings)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!ConfigDescriptors.Lint.TryGetValue(finding.Id, out var descriptor))
            {
                continue;
            }

            var path = finding.Location.FilePath ?? config.Path;
            // A finding whose outcome depends on the target carries the target's severity rather than the default.
            var severity = finding.Severity == Squid.Severity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
            var location = LocationOf(path, finding.Location.Line, finding.Location.Column, finding.Length, all, texts, cancellationToken);
            report(severity == descriptor.DefaultSeverity
                ? Diagnostic.Create(descriptor, location, finding.Message)
                : Diagnostic.Create(descriptor, location, severity, null, null, finding.Message));
        }

        if (expectations is not null)
        {
            var firstError = findings.FirstOrDefault(f => f.Severity == Squid.Severity.Error);
            Expectations.Check(expectations, bound, firstError, report, cancellationToken);
        }
    }

    /// <summary>The target: the expectation file's "squidVersion", else the SquidVersion property, else the newest
    /// Squid. An unknown version is PXC1102 and the newest Squid is used.</summary>
    private static SquidTarget TargetOf(AdditionalText config, string? property, AdditionalText? expectations, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        var target = SquidTarget.Newest;
        if (!string.IsNullOrWhiteSpace(property))
        {
            if (SquidTarget.TryParse(property, out var parsed))
            {
                target = parsed!;
            }
            else
            {
                report(Diagnostic.Create(ConfigDescriptors.InvalidSquidVersion, Location.Create(config.Path, default, default),
                    $"SquidVersion '{property}' is not a Squid version ProxyConnect knows: use 4 to 7 or X.Y such as 6.13, optionally followed by +openssl; linting for {SquidTarget.Newest}"));
            }
        }

        return expectations is null ? target : Expectations.TargetOf(expectations, target, report, cancellationToken);
    }

    private static readonly StringComparer PathComparer = StringComparer.Ordinal;

    private static string Normalize(string path) => path.Replace('\\', '/');

    private static Location LocationOf(string path, int line, int column, int length, ImmutableArray<AdditionalText> all, Dictionary<string, SourceText?> texts, CancellationToken cancellationToken)
    {
        var key = Normalize(path);
        if (!texts.TryGetValue(key, out var text))
        {
            // An included file that is also listed (SquidConfigInclude) gives a real span; otherwise line and column
            // are all we have, which is what the build output and the error list show.
            text = all.FirstOrDefault(f => PathComparer.Equals(Normalize(f.Path), key))?.GetText(cancellationToken);
            texts[key] = text;
        }

        var start = new LinePosition(Math.Max(0, line - 1), Math.Max(0, column - 1));
        var end = new LinePosition(start.Line, start.Character + Math.Max(1, length));
        var span = default(TextSpan);
        if (text is not null && start.Line < text.Lines.Count)
        {
            var textLine = text.Lines[start.Line];
            var from = Math.Min(textLine.Start + start.Character, textLine.End);
            var to = Math.Min(from + Math.Max(1, length), textLine.End);
            span = TextSpan.FromBounds(from, Math.Max(from, to));
        }

        return Location.Create(path, span, new LinePositionSpan(start, end));
    }

}
