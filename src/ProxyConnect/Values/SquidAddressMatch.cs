namespace ProxyConnect.Values;

/// <summary>How <see cref="SquidAddress.Contains"/> decides.</summary>
internal enum SquidAddressMatch
{
    /// <summary>Everything, both families.</summary>
    All,

    /// <summary>Every IPv4 address (including IPv4-mapped IPv6).</summary>
    IPv4,

    /// <summary>Every IPv6 address that is not IPv4-mapped.</summary>
    IPv6,

    /// <summary>Masked comparison against the bounds.</summary>
    Bits,

    /// <summary>Nothing (host names are not resolved here).</summary>
    None,
}
