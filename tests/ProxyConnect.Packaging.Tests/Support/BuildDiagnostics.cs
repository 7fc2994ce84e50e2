using System.Text.RegularExpressions;

namespace ProxyConnect.Packaging.Tests.Support;

/// <summary>One <c>file(line,col): error|warning ID: message</c> line of a build's output.</summary>
internal sealed record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id)
{
    private static readonly Regex Pattern = new(@"^[ \t]*(?<file>[^\s(][^(\r\n]*)\((?<line>\d+),(?<col>\d+)(,\d+,\d+)?\): (?<sev>error|warning) (?<id>[A-Z]+\d+):", RegexOptions.Multiline);

    /// <summary>The distinct diagnostics whose id starts with <paramref name="prefix"/> (MSBuild repeats some in the
    /// summary), with the file relative to <paramref name="projectFolder"/> and '/' separators.</summary>
    public static IReadOnlyList<BuildDiagnostic> Parse(string output, string projectFolder, string prefix = "PXC") =>
        Pattern.Matches(output)
            .Select(m => new BuildDiagnostic(
                Path.GetRelativePath(projectFolder, m.Groups["file"].Value.Trim()).Replace('\\', '/'),
                int.Parse(m.Groups["line"].Value),
                int.Parse(m.Groups["col"].Value),
                m.Groups["sev"].Value,
                m.Groups["id"].Value))
            .Where(d => d.Id.StartsWith(prefix, StringComparison.Ordinal))
            .Distinct()
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();

    public override string ToString() => $"{File}({Line},{Column}): {Severity} {Id}";
}
