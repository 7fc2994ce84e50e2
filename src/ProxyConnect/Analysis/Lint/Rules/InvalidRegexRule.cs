using ProxyConnect.Analysis.Binding;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1045: a regular-expression ACL value glibc's <c>regcomp</c> refuses; fatal or an ERROR line, as the
/// target treats it.</summary>
internal sealed class InvalidRegexRule : ConfigRule
{
    public override LintRule Rule => LintRules.InvalidRegex;

    public override void Check(BoundConfig config, LintReport report) =>
        ValueErrors.Report(config, report, Rule, AclValueKind.Regex, config.Knowledge.Outcome(SquidProblem.InvalidRegex));
}
