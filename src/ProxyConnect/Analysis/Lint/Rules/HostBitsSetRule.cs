using ProxyConnect.Values;

namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1027: an address with bits set outside its mask; Squid clears them.</summary>
internal sealed class HostBitsSetRule : AddressWarningRule
{
    public override LintRule Rule => LintRules.HostBitsSet;

    protected override SquidAddressWarning Code => SquidAddressWarning.HostBits;
}
