using ProxyConnect.Analysis.Binding;
using ProxyConnect.Squid.Model;

namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1033: an <c>http_access</c> line whose action is not exactly <c>allow</c> or <c>deny</c>; Squid skips it.</summary>
internal sealed class InvalidAccessActionRule : ConfigRule
{
    public override LintRule Rule => LintRules.InvalidAccessAction;

    public override void Check(BoundConfig config, LintReport report)
    {
        foreach (var line in config.AccessLines)
        {
            if (line.ActionWord is not { } action)
            {
                report.AddOnName(Rule, "http_access without action and ACLs: Squid skips the line", line.Site);
            }
            else if (line.Action == AccessAction.Invalid)
            {
                report.Add(Rule, $"http_access action '{action.Text}' is not 'allow' or 'deny' (case matters): Squid skips the line", line.Site, action);
            }
        }
    }
}
