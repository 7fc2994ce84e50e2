namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1011: an unbalanced or invalid if/else/endif.</summary>
internal sealed class UnbalancedConditionalRule : PreprocessorRule
{
    public override LintRule Rule => LintRules.UnbalancedConditional;
}
