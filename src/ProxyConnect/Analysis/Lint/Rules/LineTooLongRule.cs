namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1004: a physical line over Squid's 8191-byte buffer.</summary>
internal sealed class LineTooLongRule : PreprocessorRule
{
    public override LintRule Rule => LintRules.LineTooLong;
}
