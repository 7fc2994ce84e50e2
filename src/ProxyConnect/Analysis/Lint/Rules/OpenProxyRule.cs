using ProxyConnect.Analysis.Binding;
using ProxyConnect.Squid.Model;

namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1036: an allow rule that matches every client: the proxy is open to anyone who reaches it.</summary>
internal sealed class OpenProxyRule : ConfigRule
{
    public override LintRule Rule => LintRules.OpenProxy;

    public override void Check(BoundConfig config, LintReport report)
    {
        foreach (var line in config.AccessLines)
        {
            if (line.Action == AccessAction.Allow && line.MatchesEveryRequest)
            {
                report.AddOnName(Rule, "this rule allows every client: the proxy is open to anyone who can reach it", line.Site);
            }
        }
    }
}
