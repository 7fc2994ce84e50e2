namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1013: includes nested deeper than Squid allows.</summary>
internal sealed class IncludeTooDeepRule : PreprocessorRule
{
    public override LintRule Rule => LintRules.IncludeTooDeep;
}
