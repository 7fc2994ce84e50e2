using System.Globalization;
using System.Linq;
using System.Text;
using ProxyConnect.Analysis;
using ProxyConnect.Squid;
using ProxyConnect.Squid.Model;
using ProxyConnect.Cli.Commands;

namespace ProxyConnect.Cli.Output;

/// <summary>How <c>check</c> prints a decision.</summary>
internal static class CheckOutput
{
    /// <summary>First line the verdict (<c>ALLOWED</c>, <c>DENIED</c>, <c>INDETERMINATE</c>, with what qualifies it in
    /// parentheses), then the deciding rule as <c>FILE:LINE: TEXT</c> when there is one, then one
    /// <c>assumption: …</c> line per thing the answer took for granted, then <c>target: Squid X.Y</c>.</summary>
    public static string ToText(AccessDecision decision, string configName, ChosenTarget target)
    {
        var text = new StringBuilder(Word(decision.Verdict));
        var rule = RuleShown(decision);
        if (decision.IsImplicit)
        {
            text.Append(rule is null
                ? " (implicit: there are no http_access rules, so Squid denies)"
                : " (implicit: no rule matched; Squid answers the opposite of the last rule)");
        }
        else if (decision.IsAuthenticationRequired)
        {
            text.Append(" (proxy authentication required: Squid answers 407 until the client sends credentials)");
        }
        else if (decision.Verdict == AccessVerdict.Indeterminate && decision.Reason is not null)
        {
            text.Append(" (").Append(decision.Reason).Append(')');
        }

        text.Append('\n');
        if (rule is not null)
        {
            text.Append(Place(rule.Location, configName)).Append(": ").Append(rule.Text).Append('\n');
        }

        foreach (var assumption in decision.Assumptions)
        {
            text.Append("assumption: ").Append(assumption).Append('\n');
        }

        text.Append("target: ").Append(target.Describe()).Append('\n');

        return text.ToString();
    }

    /// <summary>One JSON object: verdict, implicit, authenticationRequired, reason, assumptions, target (the Squid
    /// evaluated for: version, openSsl, source), rule (file, line, column, text, action, or null), request, and the trace of every rule tried.</summary>
    public static string ToJson(AccessRequest request, AccessDecision decision, string configName, ChosenTarget target) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("verdict", Word(decision.Verdict).ToLowerInvariant());
        w.WriteBoolean("implicit", decision.IsImplicit);
        w.WriteBoolean("authenticationRequired", decision.IsAuthenticationRequired);
        w.WriteString("reason", decision.Reason);
        w.WriteStartArray("assumptions");
        foreach (var assumption in decision.Assumptions)
        {
            w.WriteStringValue(assumption);
        }

        w.WriteEndArray();
        target.WriteJson(w);
        w.WritePropertyName("rule");
        var rule = RuleShown(decision);
        if (rule is null)
        {
            w.WriteNullValue();
        }
        else
        {
            WriteRule(w, rule, configName);
        }

        w.WriteStartObject("request");
        w.WriteString("source", request.Source);
        w.WriteString("method", request.Method);
        w.WriteNumber("port", request.Port);
        w.WriteString("destination", request.Destination);
        w.WriteString("url", request.Url);
        if (request.ResolvedAddresses is { } addresses)
        {
            w.WriteStartArray("resolvedAddresses");
            foreach (var address in addresses)
            {
                w.WriteStringValue(address.ToString());
            }

            w.WriteEndArray();
        }

        w.WriteString("user", request.User);
        w.WriteEndObject();

        w.WriteStartArray("trace");
        foreach (var step in decision.Trace)
        {
            w.WriteStartObject();
            w.WriteString("file", step.Rule.Location.FilePath ?? configName);
            w.WriteNumber("line", step.Rule.Location.Line);
            w.WriteString("text", step.Rule.Text);
            w.WriteString("outcome", OutcomeWord(step.Outcome));
            w.WriteString("acl", step.Acl);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>The rule to show: the deciding one, or for an implicit answer the last rule (whose opposite is the
    /// answer), or for an indeterminate one the rule where evaluation stopped.</summary>
    private static AccessRule? RuleShown(AccessDecision decision) =>
        decision.DecidingRule ?? (decision.IsImplicit || decision.Verdict == AccessVerdict.Indeterminate || decision.IsAuthenticationRequired
            ? decision.Trace.LastOrDefault()?.Rule
            : null);

    private static void WriteRule(System.Text.Json.Utf8JsonWriter w, AccessRule rule, string configName)
    {
        w.WriteStartObject();
        w.WriteString("file", rule.Location.FilePath ?? configName);
        w.WriteNumber("line", rule.Location.Line);
        w.WriteNumber("column", rule.Location.Column);
        w.WriteString("text", rule.Text);
        w.WriteString("action", rule.Action == AccessAction.Allow ? "allow" : "deny");
        w.WriteEndObject();
    }

    private static string Place(SourceLocation location, string configName) =>
        (location.FilePath ?? configName) + ":" + location.Line.ToString(CultureInfo.InvariantCulture);

    private static string Word(AccessVerdict verdict) => verdict switch
    {
        AccessVerdict.Allowed => "ALLOWED",
        AccessVerdict.Denied => "DENIED",
        _ => "INDETERMINATE",
    };

    private static string OutcomeWord(AccessRuleOutcome outcome) => outcome switch
    {
        AccessRuleOutcome.Matched => "matched",
        AccessRuleOutcome.NotMatched => "notMatched",
        AccessRuleOutcome.Unknown => "unknown",
        _ => "authenticationRequired",
    };
}
