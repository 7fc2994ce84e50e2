using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using ProxyConnect.Analysis;

namespace ProxyConnect.Analyzers.Config;

/// <summary>The descriptors of the build-time squid.conf check, all made from the library's one catalogue
/// (<see cref="LintRules"/>): one per lint rule (same id, title and default severity), plus the build checks.</summary>
public static class ConfigDescriptors
{
    /// <summary>Where the pages that explain each diagnostic live; the id and <c>.md</c> are appended.</summary>
    public const string HelpLinkBase = "https://github.com/proxyconnect/proxyconnect/blob/main/docs/diagnostics/";

    /// <summary>The category of every squid.conf diagnostic.</summary>
    public const string Category = "ProxyConnect.SquidConf";

    /// <summary>PXC1100: an access expectation (squid.expect.json) is not met.</summary>
    public static readonly DiagnosticDescriptor ExpectationNotMet = FromRule(
        LintRules.ExpectationNotMet,
        "A request listed under \"allow\" or \"deny\" in the expectation file next to the config gets another answer from the config's http_access rules.");

    /// <summary>PXC1101: the expectation file cannot be read as expectations.</summary>
    public static readonly DiagnosticDescriptor InvalidExpectations = FromRule(
        LintRules.InvalidExpectations,
        "The expectation file next to the config is not JSON of the form {\"allow\": [...], \"deny\": [...]}, or an entry has no valid source address, method or port.");

    /// <summary>PXC1102: the target Squid version (SquidVersion property, "squidVersion" of the expectation file) is unknown.</summary>
    public static readonly DiagnosticDescriptor InvalidSquidVersion = FromRule(
        LintRules.InvalidSquidVersion,
        "The MSBuild property SquidVersion or the \"squidVersion\" of the expectation file is not 4, 5, 6, 7 or X.Y (optionally +openssl).");

    /// <summary>One descriptor per lint rule, keyed by id.</summary>
    public static readonly ImmutableDictionary<string, DiagnosticDescriptor> Lint =
        LintRules.All.ToImmutableDictionary(r => r.Id, FromRule);

    /// <summary>Every descriptor the analyzer can report.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> All =
        LintRules.All.Select(r => Lint[r.Id]).Concat(new[] { ExpectationNotMet, InvalidExpectations, InvalidSquidVersion }).ToImmutableArray();

    private static DiagnosticDescriptor FromRule(LintRule rule) => FromRule(rule, rule.Title + " (squid.conf lint).");

    private static DiagnosticDescriptor FromRule(LintRule rule, string description) => new(
        rule.Id,
        rule.Title,
        "{0}",
        Category,
        rule.Severity == Squid.Severity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: description,
        helpLinkUri: HelpLinkBase + rule.Id + ".md");
}
