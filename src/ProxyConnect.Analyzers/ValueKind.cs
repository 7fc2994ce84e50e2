namespace ProxyConnect.Analyzers;

/// <summary>Which rule a member's annotation asks for.</summary>
internal enum ValueKind
{
    /// <summary>Not annotated.</summary>
    None,

    /// <summary><c>[SquidAddress]</c>: a Squid <c>src</c>/<c>dst</c> value.</summary>
    SquidAddress,

    /// <summary><c>[HostOrAddress]</c>: an address or host name to connect to.</summary>
    HostOrAddress,

    /// <summary><c>[PortNumber]</c>: a TCP port.</summary>
    PortNumber,

    /// <summary><c>[AclName]</c>: an ACL name we write.</summary>
    AclName,
}
