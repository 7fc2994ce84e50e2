namespace ProxyConnect.Values;

/// <summary>How <see cref="SquidAddress.Contains"/> decides.</summary>
internal enum SquidAddressMatch
{
    /// <summary>Everything, both families.</summary>
    All,

    /// <summary>Squid's <c>ipv4</c> keyword: <c>::/96</c>, which never matches an IPv4 client (Squid stores those as IPv4-mapped).</summary>
    IPv4,

    /// <summary>Squid's <c>ipv6</c> keyword: the global, unique-local and link-local unicast blocks.</summary>
    IPv6,

    /// <summary>Masked comparison against the bounds.</summary>
    Bits,

    /// <summary>Nothing (host names are not resolved here).</summary>
    None,
}
