namespace ProxyConnect.Cli.Probe;

/// <summary>What the proxy did with the CONNECT.</summary>
internal enum ProbeOutcome
{
    /// <summary>200: the tunnel to the target is open.</summary>
    TunnelEstablished,

    /// <summary>403: the proxy's access rules refused the request.</summary>
    Refused,

    /// <summary>407 to a request without credentials: the proxy wants a login.</summary>
    LoginRequired,

    /// <summary>407 to a request with credentials: the user name or password is wrong.</summary>
    LoginRejected,

    /// <summary>502, 503 or 504: the proxy let the request through but could not reach the target.</summary>
    TargetUnreachable,

    /// <summary>No connection to the proxy (refused, timed out, name unknown).</summary>
    ProxyUnreachable,

    /// <summary>Some other answer, or none that is HTTP.</summary>
    Unexpected,
}
