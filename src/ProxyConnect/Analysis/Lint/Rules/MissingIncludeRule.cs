namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1012: an include that matches no file.</summary>
internal sealed class MissingIncludeRule : PreprocessorRule
{
    public override LintRule Rule => LintRules.MissingInclude;
}
