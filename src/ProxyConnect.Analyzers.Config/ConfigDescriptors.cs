using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using ProxyConnect.Analysis;

namespace ProxyConnect.Analyzers.Config;

/// <summary>The descriptors of the build-time squid.conf check: one per lint rule of the library's catalogue (same
/// id, title and severity), plus the expectation diagnostics.</summary>
public static class ConfigDescriptors
{
    /// <summary>Where the pages that explain each diagnostic live; the id and <c>.md</c> are appended.</summary>
    public const string HelpLinkBase = "https://github.com/proxyconnect/proxyconnect/blob/main/docs/diagnostics/";

    /// <summary>The category of every squid.conf diagnostic.</summary>
    public const string Category = "ProxyConnect.SquidConf";

    /// <summary>PXC1100: an access expectation (squid.expect.json) is not met.</summary>
    public static readonly DiagnosticDescriptor ExpectationNotMet = new(
        "PXC1100",
        "Access expectation not met",
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A request listed under \"allow\" or \"deny\" in the expectation file next to the config gets another answer from the config's http_access rules.",
        helpLinkUri: HelpLinkBase + "PXC1100.md");

    /// <summary>PXC1101: the expectation file cannot be read as expectations.</summary>
    public static readonly DiagnosticDescriptor InvalidExpectations = new(
        "PXC1101",
        "Invalid expectation file",
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The expectation file next to the config is not JSON of the form {\"allow\": [...], \"deny\": [...]}, or an entry has no valid source address, method or port.",
        helpLinkUri: HelpLinkBase + "PXC1101.md");

    /// <summary>One descriptor per lint rule, keyed by id.</summary>
    public static readonly ImmutableDictionary<string, DiagnosticDescriptor> Lint =
        LintRules.All.ToImmutableDictionary(r => r.Id, FromRule);

    /// <summary>Every descriptor the analyzer can report.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> All =
        LintRules.All.Select(r => Lint[r.Id]).Concat(new[] { ExpectationNotMet, InvalidExpectations }).ToImmutableArray();

    private static DiagnosticDescriptor FromRule(LintRule rule) => new(
        rule.Id,
        rule.Title,
        "{0}",
        Category,
        rule.Severity == Squid.Severity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: rule.Title + " (squid.conf lint).",
        helpLinkUri: HelpLinkBase + rule.Id + ".md");
}
