using ProxyConnect.Analysis;

namespace ProxyConnect.Cli.Probe;

/// <summary>Whether the evaluator's answer for the same request matches what the live proxy did.</summary>
internal enum Agreement
{
    /// <summary>Both allowed, both refused, or both asked for a login.</summary>
    Agrees,

    /// <summary>The evaluator allows the user, the proxy refused the password: the evaluator does not check passwords.</summary>
    AgreesExceptPassword,

    /// <summary>They answer differently.</summary>
    Disagrees,

    /// <summary>One of them gave no answer (indeterminate, or the proxy could not be asked).</summary>
    CannotTell,
}

/// <summary>Compares a live answer with an evaluator decision.</summary>
internal static class ProbeVerdict
{
    public static Agreement Compare(ProbeOutcome live, AccessDecision decision)
    {
        var liveAnswer = live switch
        {
            ProbeOutcome.TunnelEstablished or ProbeOutcome.TargetUnreachable => Answer.Allowed,
            ProbeOutcome.Refused => Answer.Refused,
            ProbeOutcome.LoginRequired or ProbeOutcome.LoginRejected => Answer.Login,
            _ => Answer.Unknown,
        };
        var evaluated = decision.Verdict switch
        {
            AccessVerdict.Allowed => Answer.Allowed,
            AccessVerdict.Denied => decision.IsAuthenticationRequired ? Answer.Login : Answer.Refused,
            _ => Answer.Unknown,
        };

        if (liveAnswer == Answer.Unknown || evaluated == Answer.Unknown)
        {
            return Agreement.CannotTell;
        }

        if (live == ProbeOutcome.LoginRejected && evaluated == Answer.Allowed)
        {
            return Agreement.AgreesExceptPassword;
        }

        return liveAnswer == evaluated ? Agreement.Agrees : Agreement.Disagrees;
    }

    private enum Answer
    {
        Allowed,
        Refused,
        Login,
        Unknown,
    }
}
