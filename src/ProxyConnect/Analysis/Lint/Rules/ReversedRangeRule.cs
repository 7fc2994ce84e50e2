using ProxyConnect.Values;

namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1028: an address range whose first address is above its last.</summary>
internal sealed class ReversedRangeRule : AddressWarningRule
{
    public override LintRule Rule => LintRules.ReversedRange;

    protected override SquidAddressWarning Code => SquidAddressWarning.ReversedRange;
}
