using System.Collections.Generic;
using System.Linq;
using System.Text;
using FluentAssertions.Execution;
using ProxyConnect.Analysis;
using ProxyConnect.Sensors;
using ProxyConnect.Squid.Model;

namespace ProxyConnect.Testing;

/// <summary>The text of failure messages. Lines end with <c>\n</c> on every platform, like the library's own output.
/// Text that comes from a config or a request is passed to FluentAssertions as an argument, never spliced into the
/// message template: FluentAssertions replaces <c>{reason}</c> and <c>{context}</c> in the template before
/// <c>string.Format</c>, so no escaping of braces can protect spliced text.</summary>
internal static class Describe
{
    /// <summary>Reports a failure on the config: <c>Expected config EXPECTATION because REASON, but ACTUAL</c>.</summary>
    public static void ConfigFailure(string expectation, string actual, string because, object[] becauseArgs) =>
        Execute.Assertion.BecauseOf(because, becauseArgs)
            .FailWith("Expected {context:config} {0}{reason}, but {1}", new Verbatim(expectation), new Verbatim(actual));

    /// <summary>Reports a failure: <c>Expected EXPECTATION because REASON, but ACTUAL</c>.</summary>
    public static void Failure(string expectation, string actual, string because, object[] becauseArgs) =>
        Execute.Assertion.BecauseOf(because, becauseArgs)
            .FailWith("Expected {0}{reason}, but {1}", new Verbatim(expectation), new Verbatim(actual));

    /// <summary><c>CONNECT from 10.1.0.5 to example.com port 443 on local port 3128 as user "alice"</c>.</summary>
    public static string Request(AccessRequest request)
    {
        var sb = new StringBuilder();
        sb.Append(request.Method).Append(" from ").Append(request.Source).Append(" to ");
        if (request.Url is not null)
        {
            sb.Append(request.Url).Append(' ');
        }
        else if (request.Destination is not null)
        {
            sb.Append(request.Destination).Append(' ');
        }

        sb.Append("port ").Append(request.Port);
        if (request.LocalPort is { } local)
        {
            sb.Append(" on local port ").Append(local);
        }

        if (request.User is not null)
        {
            sb.Append(" as user \"").Append(request.User).Append('"');
        }

        return sb.ToString();
    }

    /// <summary>What the rules answered, after "but it was …" or "but the answer is …": the deciding rule with its
    /// file and line, or why there was none, then the rules tried.</summary>
    public static string Outcome(AccessDecision decision)
    {
        var sb = new StringBuilder();
        switch (decision.Verdict)
        {
            case AccessVerdict.Indeterminate:
                sb.Append("the answer is indeterminate: ").Append(decision.Reason ?? "no reason given").Append('.');
                break;
            case AccessVerdict.Denied when decision.IsAuthenticationRequired:
                sb.Append("it was denied until the client authenticates: ")
                  .Append(decision.Reason ?? "Squid answers 407 Proxy Authentication Required").Append('.');
                break;
            default:
                sb.Append("it was ").Append(decision.Verdict == AccessVerdict.Allowed ? "allowed" : "denied");
                if (decision.DecidingRule is { } rule)
                {
                    sb.Append(" by ").Append(Rule(rule)).Append('.');
                }
                else if (decision.IsImplicit && decision.Trace.Count == 0)
                {
                    sb.Append(" implicitly: there are no http_access rules, and Squid then denies every request.");
                }
                else if (decision.IsImplicit)
                {
                    var last = decision.Trace[decision.Trace.Count - 1].Rule;
                    sb.Append(" implicitly: no rule matched, and Squid then answers the opposite of the last rule, ")
                      .Append(Rule(last)).Append('.');
                }
                else
                {
                    sb.Append('.');
                }

                break;
        }

        if (decision.Assumptions.Count > 0)
        {
            sb.Append("\nAssuming:").Append(string.Concat(decision.Assumptions.Select(a => "\n  " + a)));
        }

        sb.Append('\n').Append(Trace(decision.Trace));
        return sb.ToString();
    }

    /// <summary><c>"http_access deny all" at deploy/squid.conf(12,1)</c>.</summary>
    public static string Rule(AccessRule rule) => $"\"{rule.Text}\" at {rule.Location}";

    /// <summary>The rules tried, one per line, with their outcome and the ACL that decided it.</summary>
    public static string Trace(IReadOnlyList<AccessRuleTrace> trace)
    {
        if (trace.Count == 0)
        {
            return "No http_access rule was tried.";
        }

        var sb = new StringBuilder("Rules tried, in order:");
        foreach (var step in trace)
        {
            sb.Append("\n  ").Append(step.Rule.Location).Append(": ").Append(step.Rule.Text).Append(" -> ").Append(Outcome(step));
        }

        return sb.ToString();
    }

    private static string Outcome(AccessRuleTrace step) => step.Outcome switch
    {
        AccessRuleOutcome.Matched => $"matched, {(step.Rule.Action == AccessAction.Allow ? "allow" : "deny")}",
        AccessRuleOutcome.NotMatched => $"not matched ({step.Acl} did not match)",
        AccessRuleOutcome.Unknown => $"undecidable ({step.Acl} cannot be decided)",
        AccessRuleOutcome.AuthenticationRequired => $"authentication required ({step.Acl})",
        _ => step.Outcome.ToString(),
    };

    /// <summary><c>acl sensor1 src 10.1.0.5</c>, one line per sensor, indented.</summary>
    public static string Sensors(IEnumerable<Sensor> sensors) =>
        string.Concat(sensors.Select(s => $"\n  acl {s.Name} src {string.Join(" ", s.Addresses)}"));

    /// <summary><c>1 error</c>, <c>2 warnings</c>.</summary>
    public static string Count(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";

    /// <summary>Text shown as it is: FluentAssertions renders an object whose type overrides <c>ToString</c> with it
    /// (a <see cref="string"/> argument would be quoted).</summary>
    private sealed class Verbatim
    {
        private readonly string _text;

        public Verbatim(string text) => _text = text;

        public override string ToString() => _text;
    }
}
