using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ProxyConnect.Squid;

namespace ProxyConnect.Analysis.Formatting;

/// <summary>GitHub Actions workflow commands, one a finding:
/// <c>::error file=PATH,line=L,col=C,endColumn=E,title=PXC1030 …::message</c>. GitHub shows them on the
/// lines of the pull request. Values are escaped as the runner expects: <c>%</c>, CR and LF in the message;
/// also <c>:</c> and <c>,</c> in properties.</summary>
internal static class GitHubAnnotationFormatter
{
    public static string Write(IEnumerable<LintFinding> findings, string? baseDirectory)
    {
        var sb = new StringBuilder();
        foreach (var f in findings)
        {
            var title = LintRules.Find(f.Id) is { } rule ? $"{f.Id}: {rule.Title}" : f.Id;
            sb.Append("::").Append(f.Severity == Severity.Error ? "error" : "warning")
              .Append(" file=").Append(EscapeProperty(ArtifactUri.Display(f.Location.FilePath, baseDirectory)))
              .Append(",line=").Append(Num(f.Location.Line))
              .Append(",col=").Append(Num(f.Location.Column))
              .Append(",endColumn=").Append(Num(f.EndColumn))
              .Append(",title=").Append(EscapeProperty(title))
              .Append("::").Append(EscapeData(f.Message))
              .Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>The escaping of a command's message.</summary>
    public static string EscapeData(string value) =>
        value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    /// <summary>The escaping of a command's property value.</summary>
    public static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A").Replace(",", "%2C");

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
}
