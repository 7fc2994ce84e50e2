namespace ProxyConnect.Values;

/// <summary>The written form of a <see cref="SquidAddress"/>.</summary>
public enum SquidAddressKind
{
    /// <summary>One of the keywords <c>all</c>, <c>ipv4</c>, <c>ipv6</c>.</summary>
    Keyword,

    /// <summary>A single IPv4 or IPv6 address, such as <c>10.0.0.1</c> or <c>2001:db8::1</c>.</summary>
    Address,

    /// <summary>An address with a prefix length, such as <c>10.0.0.0/24</c> or <c>2001:db8::/32</c>.</summary>
    Cidr,

    /// <summary>An IPv4 address with a dotted netmask, such as <c>10.0.0.0/255.255.255.0</c> (deprecated by Squid).</summary>
    DottedMask,

    /// <summary>A range <c>a-b</c>, optionally with a mask: <c>10.0.0.1-10.0.0.9</c>, <c>10.0.0.0-10.0.9.0/24</c>.</summary>
    Range,

    /// <summary>
    /// A host name, which Squid resolves once while it parses the configuration. Only
    /// <see cref="SquidAddress.TryParseAsSquid"/> produces it; <see cref="SquidAddress.Contains"/> is always false for it.
    /// </summary>
    HostName,
}
