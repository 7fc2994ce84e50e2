using ProxyConnect.Analysis.Binding;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1024: a port-kind ACL value that is not a port (0 to 65535) or an ordered range of them.</summary>
internal sealed class InvalidPortRule : ConfigRule
{
    public override LintRule Rule => LintRules.InvalidPort;

    public override void Check(BoundConfig config, LintReport report) => ValueErrors.Report(config, report, Rule, AclValueKind.Port);
}
