namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1002: a continuation still open at the end of a file.</summary>
internal sealed class OpenContinuationRule : PreprocessorRule
{
    public override LintRule Rule => LintRules.OpenContinuation;
}
