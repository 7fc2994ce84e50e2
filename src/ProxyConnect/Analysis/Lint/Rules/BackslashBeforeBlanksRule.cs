namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1005: a backslash followed by blanks at the end of a line.</summary>
internal sealed class BackslashBeforeBlanksRule : PreprocessorRule
{
    public override LintRule Rule => LintRules.BackslashBeforeBlanks;
}
