using ProxyConnect.Squid;

namespace ProxyConnect.Analysis;

/// <summary>One problem lint found in a config.</summary>
/// <param name="Id">Stable id (<c>PXC1nnn</c>); <see cref="LintRules"/> lists them all.</param>
/// <param name="Severity">Error: Squid would refuse to start. Warning: Squid starts but the config does not do what it
/// looks like.</param>
/// <param name="Message">What is wrong, in one sentence.</param>
/// <param name="Location">File, 1-based line and 1-based column where the problem starts.</param>
/// <param name="Length">How many characters of that line the problem covers (at least 1).</param>
public sealed record LintFinding(string Id, Severity Severity, string Message, SourceLocation Location, int Length)
{
    /// <summary>The column just after the span (exclusive end), on the same line.</summary>
    public int EndColumn => Location.Column + Length;

    /// <summary>The page that explains the id (<c>docs/diagnostics/PXC1nnn.md</c>).</summary>
    public string HelpLink => LintRules.HelpLinkFor(Id);

    /// <summary>The MSBuild form: <c>path(line,col): error PXC1nnn: message</c>.</summary>
    public override string ToString() => Formatting.LintFormatter.ToMsBuildLine(this);
}
