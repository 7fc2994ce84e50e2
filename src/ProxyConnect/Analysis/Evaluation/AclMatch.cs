namespace ProxyConnect.Analysis.Evaluation;

/// <summary>The answer of one ACL to one request.</summary>
internal enum AclMatch
{
    NoMatch,
    Match,

    /// <summary>Cannot be decided here (DNS, unsupported type, missing request detail).</summary>
    Unknown,

    /// <summary>A <c>proxy_auth</c> ACL without a user: Squid challenges with 407.</summary>
    AuthRequired,
}
