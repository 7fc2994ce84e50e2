using ProxyConnect.Values;

namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1029: an IPv4 notation Squid reads differently from how it looks (a leading 0 is octal).</summary>
internal sealed class LegacyIPv4Rule : AddressWarningRule
{
    public override LintRule Rule => LintRules.LegacyIPv4;

    protected override SquidAddressWarning Code => SquidAddressWarning.LegacyIPv4Notation;
}
