namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1001: a UTF-8 byte order mark before the first directive.</summary>
internal sealed class ByteOrderMarkRule : PreprocessorRule
{
    public override LintRule Rule => LintRules.ByteOrderMark;
}
