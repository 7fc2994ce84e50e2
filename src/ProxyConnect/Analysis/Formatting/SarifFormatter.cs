using System.Collections.Generic;
using System.Linq;
using ProxyConnect.Squid;

namespace ProxyConnect.Analysis.Formatting;

/// <summary>SARIF 2.1.0 (OASIS), the format code-scanning systems read: one run whose <c>tool.driver</c> lists every
/// lint rule with its help page and default level, and one result per finding with its rule, level, message and
/// region. Written with the library's own <see cref="JsonWriter"/> (the library depends on Sprache only).</summary>
internal static class SarifFormatter
{
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /// <summary>Where the rule pages are published: help links in the catalogue are relative to the repository.</summary>
    public const string HelpBaseUri = "https://github.com/proxyconnect/proxyconnect/blob/main/";

    public const string ToolName = "ProxyConnect";

    public const string InformationUri = "https://github.com/proxyconnect/proxyconnect";

    public static string Write(IReadOnlyList<LintFinding> findings, string? baseDirectory)
    {
        var rules = RulesFor(findings);
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index);

        var w = new JsonWriter().BeginObject()
            .Name("$schema").Value(SchemaUri)
            .Name("version").Value("2.1.0")
            .Name("runs").BeginArray().BeginObject();

        w.Name("tool").BeginObject().Name("driver").BeginObject()
            .Name("name").Value(ToolName)
            .Name("informationUri").Value(InformationUri)
            .Name("semanticVersion").Value(ToolVersion())
            .Name("rules").BeginArray();
        foreach (var rule in rules)
        {
            w.BeginObject()
                .Name("id").Value(rule.Id)
                .Name("shortDescription").BeginObject().Name("text").Value(rule.Title).EndObject()
                .Name("helpUri").Value(HelpUri(rule.HelpLink))
                .Name("defaultConfiguration").BeginObject().Name("level").Value(Level(rule.Severity)).EndObject()
                .EndObject();
        }

        w.EndArray().EndObject().EndObject();

        if (baseDirectory != null)
        {
            w.Name("originalUriBaseIds").BeginObject()
                .Name(ArtifactUri.SourceRootId).BeginObject().Name("uri").Value(ArtifactUri.FolderUri(baseDirectory)).EndObject()
                .EndObject();
        }

        w.Name("results").BeginArray();
        foreach (var finding in findings)
        {
            var (uri, relative) = ArtifactUri.ForSarif(finding.Location.FilePath, baseDirectory);
            w.BeginObject()
                .Name("ruleId").Value(finding.Id)
                .Name("ruleIndex").Value(ruleIndex[finding.Id])
                .Name("level").Value(Level(finding.Severity))
                .Name("message").BeginObject().Name("text").Value(finding.Message).EndObject()
                .Name("locations").BeginArray().BeginObject()
                .Name("physicalLocation").BeginObject()
                .Name("artifactLocation").BeginObject().Name("uri").Value(uri);
            if (relative)
            {
                w.Name("uriBaseId").Value(ArtifactUri.SourceRootId);
            }

            w.EndObject()
                .Name("region").BeginObject()
                .Name("startLine").Value(finding.Location.Line)
                .Name("startColumn").Value(finding.Location.Column)
                .Name("endColumn").Value(finding.EndColumn)
                .EndObject()
                .EndObject().EndObject().EndArray()
                .EndObject();
        }

        return w.EndArray().Name("columnKind").Value("utf16CodeUnits").EndObject().EndArray().EndObject().ToString();
    }

    /// <summary>Every catalogue rule (so a viewer can show rules that found nothing), then any id a finding carries
    /// that the catalogue does not list.</summary>
    private static List<LintRule> RulesFor(IEnumerable<LintFinding> findings)
    {
        var rules = LintRules.All.ToList();
        foreach (var finding in findings)
        {
            if (rules.All(r => r.Id != finding.Id))
            {
                rules.Add(new LintRule(finding.Id, finding.Id, finding.Severity, LintRules.HelpLinkFor(finding.Id)));
            }
        }

        return rules;
    }

    private static string HelpUri(string helpLink) => helpLink.Contains("://") ? helpLink : HelpBaseUri + helpLink;

    private static string Level(Severity severity) => severity == Severity.Error ? "error" : "warning";

    private static string ToolVersion()
    {
        var version = typeof(SarifFormatter).Assembly.GetName().Version;
        return version is null ? "0.0.0" : $"{version.Major}.{version.Minor}.{version.Build}";
    }
}
