using ProxyConnect.Analysis.Binding;
using ProxyConnect.Squid.Model;

namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1034: <c>http_access allow</c> or <c>deny</c> with no ACL; Squid skips the line.</summary>
internal sealed class AccessRuleWithoutAclsRule : ConfigRule
{
    public override LintRule Rule => LintRules.AccessRuleWithoutAcls;

    public override void Check(BoundConfig config, LintReport report)
    {
        foreach (var line in config.AccessLines)
        {
            if (line.Action != AccessAction.Invalid && line.Uses.Length == 0)
            {
                var action = line.ActionWord!.Value;
                report.Add(Rule, $"'http_access {action.Text}' has no ACLs: Squid skips the line (write 'http_access {action.Text} all' if that is meant)", line.Site, action);
            }
        }
    }
}
