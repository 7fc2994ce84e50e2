using ProxyConnect.Analysis.Binding;
using ProxyConnect.Squid;

namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1037: no <c>http_access</c> rule at all; Squid adds <c>http_access deny all</c> and denies every request.</summary>
internal sealed class NoAccessRulesRule : ConfigRule
{
    public override LintRule Rule => LintRules.NoAccessRules;

    public override void Check(BoundConfig config, LintReport report)
    {
        if (config.HasUnfollowedInclude || config.DirectiveCount == 0)
        {
            return;
        }

        foreach (var line in config.AccessLines)
        {
            if (line.IsRule)
            {
                return;
            }
        }

        report.Add(Rule, "no http_access rule: Squid adds 'http_access deny all' and denies every request", new SourceLocation(config.MainFilePath, 1, 1), 1, 0);
    }
}
