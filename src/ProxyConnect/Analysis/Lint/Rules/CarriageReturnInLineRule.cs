namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1003: a carriage return inside a line.</summary>
internal sealed class CarriageReturnInLineRule : PreprocessorRule
{
    public override LintRule Rule => LintRules.CarriageReturnInLine;
}
