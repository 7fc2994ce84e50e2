namespace ProxyConnect.Analysis;

/// <summary>What Squid does with a request.</summary>
public enum AccessVerdict
{
    /// <summary>The request is let through.</summary>
    Allowed,

    /// <summary>The request is refused (or, with <see cref="AccessDecision.IsAuthenticationRequired"/>, answered
    /// with 407 until the client sends credentials).</summary>
    Denied,

    /// <summary>The answer depends on something we do not model (DNS, an unsupported ACL type, a config Squid
    /// would refuse); <see cref="AccessDecision.Reason"/> says what.</summary>
    Indeterminate,
}
