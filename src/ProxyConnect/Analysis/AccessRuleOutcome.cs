namespace ProxyConnect.Analysis;

/// <summary>How one rule fared in an evaluation.</summary>
public enum AccessRuleOutcome
{
    /// <summary>Every ACL on the line matched: the rule decided.</summary>
    Matched,

    /// <summary>An ACL did not match (the one named in the trace); evaluation went on with the next rule.</summary>
    NotMatched,

    /// <summary>An ACL could not be decided (the one named in the trace); evaluation stopped.</summary>
    Unknown,

    /// <summary>A <c>proxy_auth</c> ACL was reached without a user: Squid asks for credentials (407).</summary>
    AuthenticationRequired,
}
