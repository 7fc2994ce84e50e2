using ProxyConnect.Squid;

namespace ProxyConnect.Analysis;

/// <summary>A lint rule as the catalogue describes it.</summary>
/// <param name="Id">Stable id, <c>PXC1nnn</c>.</param>
/// <param name="Title">A short title.</param>
/// <param name="Severity">The severity of every finding with this id.</param>
/// <param name="HelpLink">The page that explains it, relative to the repository root.</param>
public sealed record LintRule(string Id, string Title, Severity Severity, string HelpLink);
