using ProxyConnect.Squid;
using ProxyConnect.Squid.Model;

namespace ProxyConnect.Analysis;

/// <summary>An <c>http_access</c> rule as the evaluator saw it.</summary>
/// <param name="Location">File, line and column of the rule.</param>
/// <param name="Text">The rule as Squid reads it (continuations joined).</param>
/// <param name="Action">Allow or deny.</param>
public sealed record AccessRule(SourceLocation Location, string Text, AccessAction Action)
{
    /// <summary><c>path(line,col): text</c>.</summary>
    public override string ToString() => $"{Location}: {Text}";
}
