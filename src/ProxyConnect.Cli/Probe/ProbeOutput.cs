using System.Text;
using ProxyConnect.Cli.Commands;
using ProxyConnect.Analysis;
using ProxyConnect.Cli.Output;

namespace ProxyConnect.Cli.Probe;

/// <summary>How <c>probe</c> prints: a verdict line, the proxy's status line, and with <c>--config</c> the evaluator's
/// answer with the deciding line and whether it agrees.</summary>
internal static class ProbeOutput
{
    public static string Headline(ProbeRequest request, ProbeResult result) => result.Outcome switch
    {
        ProbeOutcome.TunnelEstablished => $"TUNNEL ESTABLISHED: the proxy {request.ProxyDisplay} opened a tunnel to {request.Authority}",
        ProbeOutcome.Refused => $"REFUSED: the proxy {request.ProxyDisplay} denies CONNECT to {request.Authority} from {Source(result)} (403)",
        ProbeOutcome.LoginRequired => $"LOGIN REQUIRED: the proxy {request.ProxyDisplay} asks for credentials (407); give --user and the password",
        ProbeOutcome.LoginRejected => $"LOGIN REJECTED: the proxy {request.ProxyDisplay} refused the credentials of '{request.User}' (407)",
        ProbeOutcome.TargetUnreachable => $"TARGET UNREACHABLE: the proxy {request.ProxyDisplay} let the request through but could not reach {request.Authority} ({result.StatusCode})",
        ProbeOutcome.ProxyUnreachable => $"PROXY UNREACHABLE: {result.StatusLine}",
        _ => $"UNEXPECTED ANSWER from the proxy {request.ProxyDisplay}: {result.StatusLine}",
    };

    public static string ToText(ProbeRequest request, ProbeResult result, AccessDecision? decision, string? configName)
    {
        var text = new StringBuilder(Headline(request, result)).Append('\n');
        if (result.StatusCode != null)
        {
            text.Append("proxy answered: ").Append(result.StatusLine).Append('\n');
        }

        if (decision != null && configName != null)
        {
            text.Append("config says: ").Append(CheckOutput.ToText(decision, configName, ChosenTarget.NewestTarget));
            text.Append(AgreementText(ProbeVerdict.Compare(result.Outcome, decision))).Append('\n');
        }

        return text.ToString();
    }

    public static string ToJson(ProbeRequest request, ProbeResult result, AccessDecision? decision, AccessRequest? evaluated, string? configName) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("outcome", OutcomeWord(result.Outcome));
        if (result.StatusCode is { } status)
        {
            w.WriteNumber("status", status);
        }
        else
        {
            w.WriteNull("status");
        }

        w.WriteString("statusLine", result.StatusLine);
        w.WriteString("proxy", request.ProxyDisplay);
        w.WriteString("target", request.Authority);
        w.WriteString("source", result.Source?.ToString());
        w.WriteString("user", request.User);
        w.WritePropertyName("config");
        if (decision is null || evaluated is null || configName is null)
        {
            w.WriteNullValue();
        }
        else
        {
            using var check = System.Text.Json.JsonDocument.Parse(CheckOutput.ToJson(evaluated, decision, configName, ChosenTarget.NewestTarget));
            w.WriteStartObject();
            w.WriteString("agreement", AgreementWord(ProbeVerdict.Compare(result.Outcome, decision)));
            w.WritePropertyName("check");
            check.RootElement.WriteTo(w);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    });

    public static string OutcomeWord(ProbeOutcome outcome) => outcome switch
    {
        ProbeOutcome.TunnelEstablished => "tunnelEstablished",
        ProbeOutcome.Refused => "refused",
        ProbeOutcome.LoginRequired => "loginRequired",
        ProbeOutcome.LoginRejected => "loginRejected",
        ProbeOutcome.TargetUnreachable => "targetUnreachable",
        ProbeOutcome.ProxyUnreachable => "proxyUnreachable",
        _ => "unexpected",
    };

    private static string AgreementText(Agreement agreement) => agreement switch
    {
        Agreement.Agrees => "the evaluator AGREES with the live proxy",
        Agreement.AgreesExceptPassword => "the evaluator AGREES on access; it does not check passwords, the live proxy rejected this one",
        Agreement.Disagrees => "the evaluator DISAGREES with the live proxy: the running Squid is not using this config as evaluated (not reloaded? another file? includes?)",
        _ => "cannot compare: one of the answers is not definite",
    };

    private static string AgreementWord(Agreement agreement) => agreement switch
    {
        Agreement.Agrees => "agrees",
        Agreement.AgreesExceptPassword => "agreesExceptPassword",
        Agreement.Disagrees => "disagrees",
        _ => "cannotTell",
    };

    private static string Source(ProbeResult result) => result.Source?.ToString() ?? "this machine";
}
