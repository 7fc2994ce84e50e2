using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ProxyConnect.Squid;

namespace ProxyConnect.Analysis.Formatting;

/// <summary>Renders lint findings as text, JSON or MSBuild lines (the forms the command-line tool prints).
/// Lines end with <c>\n</c> on every platform so that output is identical everywhere.</summary>
public static class LintFormatter
{
    /// <summary>The version of the JSON schema (<c>docs/diagnostics/FORMATS.md</c>); raised on any breaking change.</summary>
    public const int JsonSchemaVersion = 1;

    /// <summary>One line per finding, <c>file:line:col: severity ID: message</c>, then a count line.</summary>
    /// <param name="findings">The findings.</param>
    /// <returns>The text, ending with a newline.</returns>
    public static string ToText(IEnumerable<LintFinding> findings)
    {
        var list = Check(findings);
        var sb = new StringBuilder();
        foreach (var f in list)
        {
            sb.Append(FileOf(f.Location)).Append(':').Append(Num(f.Location.Line)).Append(':').Append(Num(f.Location.Column))
              .Append(": ").Append(SeverityWord(f.Severity)).Append(' ').Append(f.Id).Append(": ").Append(f.Message).Append('\n');
        }

        var errors = list.Count(f => f.Severity == Severity.Error);
        var warnings = list.Count - errors;
        sb.Append(list.Count == 0 ? "no findings" : $"{Plural(errors, "error")}, {Plural(warnings, "warning")}").Append('\n');
        return sb.ToString();
    }

    /// <summary>One JSON object: <c>{"version":1,"findings":[…],"errorCount":n,"warningCount":n}</c>; each finding
    /// has <c>id, severity ("error"|"warning"), message, file (string|null), line, column, endColumn, length,
    /// helpUri</c>, in that order. Compact, no trailing newline.</summary>
    /// <param name="findings">The findings.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(IEnumerable<LintFinding> findings)
    {
        var list = Check(findings);
        var w = new JsonWriter().BeginObject().Name("version").Value(JsonSchemaVersion).Name("findings").BeginArray();
        foreach (var f in list)
        {
            w.BeginObject()
             .Name("id").Value(f.Id)
             .Name("severity").Value(SeverityWord(f.Severity))
             .Name("message").Value(f.Message)
             .Name("file").Value(f.Location.FilePath)
             .Name("line").Value(f.Location.Line)
             .Name("column").Value(f.Location.Column)
             .Name("endColumn").Value(f.EndColumn)
             .Name("length").Value(f.Length)
             .Name("helpUri").Value(f.HelpLink)
             .EndObject();
        }

        var errors = list.Count(f => f.Severity == Severity.Error);
        return w.EndArray().Name("errorCount").Value(errors).Name("warningCount").Value(list.Count - errors).EndObject().ToString();
    }

    /// <summary>One MSBuild/Visual Studio line per finding: <c>path(line,col): error PXC1nnn: message</c>.</summary>
    /// <param name="findings">The findings.</param>
    /// <returns>The lines, each ending with a newline (empty when there are none).</returns>
    public static string ToMsBuild(IEnumerable<LintFinding> findings)
    {
        var sb = new StringBuilder();
        foreach (var f in Check(findings))
        {
            sb.Append(ToMsBuildLine(f)).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>The MSBuild form of one finding, without newline.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns><c>path(line,col): error PXC1nnn: message</c>.</returns>
    public static string ToMsBuildLine(LintFinding finding)
    {
        if (finding is null)
        {
            throw new ArgumentNullException(nameof(finding));
        }

        return $"{FileOf(finding.Location)}({Num(finding.Location.Line)},{Num(finding.Location.Column)}): {SeverityWord(finding.Severity)} {finding.Id}: {finding.Message}";
    }

    /// <summary>SARIF 2.1.0: one run whose <c>tool.driver</c> lists every rule (id, title, absolute help URI, default
    /// level) and one result per finding (rule id and index, level, message, file and region). Compact, no trailing
    /// newline.</summary>
    /// <param name="findings">The findings.</param>
    /// <param name="baseDirectory">The folder file paths are made relative to (the repository checkout, so that
    /// code-scanning systems find the files), given as <c>%SRCROOT%</c> in <c>originalUriBaseIds</c>; files
    /// elsewhere get absolute <c>file:</c> URIs. <see langword="null"/>: no base.</param>
    /// <returns>The SARIF log as JSON text.</returns>
    public static string ToSarif(IEnumerable<LintFinding> findings, string? baseDirectory) =>
        SarifFormatter.Write(Check(findings), baseDirectory);

    /// <summary>GitHub Actions workflow commands, one line per finding:
    /// <c>::error file=PATH,line=L,col=C,endColumn=E,title=ID: TITLE::MESSAGE</c>, escaped as the runner expects.</summary>
    /// <param name="findings">The findings.</param>
    /// <param name="baseDirectory">The folder paths are made relative to (the workspace), or <see langword="null"/>.</param>
    /// <returns>The lines, each ending with a newline (empty when there are none).</returns>
    public static string ToGitHubAnnotations(IEnumerable<LintFinding> findings, string? baseDirectory) =>
        GitHubAnnotationFormatter.Write(Check(findings), baseDirectory);

    private static List<LintFinding> Check(IEnumerable<LintFinding> findings) =>
        (findings ?? throw new ArgumentNullException(nameof(findings))).ToList();

    private static string FileOf(SourceLocation location) => location.FilePath ?? "<text>";

    private static string SeverityWord(Severity severity) => severity == Severity.Error ? "error" : "warning";

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{Num(n)} {word}s";
}
