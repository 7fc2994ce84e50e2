using ProxyConnect.Analysis.Binding;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1023: an address-kind ACL value (<c>src</c>, <c>dst</c>, <c>localip</c>) Squid cannot parse.</summary>
internal sealed class InvalidAddressRule : ConfigRule
{
    public override LintRule Rule => LintRules.InvalidAddress;

    public override void Check(BoundConfig config, LintReport report) => ValueErrors.Report(config, report, Rule, AclValueKind.Address);
}
