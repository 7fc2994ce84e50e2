namespace ProxyConnect.Values;

/// <summary>What a <see cref="SquidAddress"/> warning is about, so that callers tell warnings apart by code, never by wording.</summary>
internal enum SquidAddressWarning
{
    /// <summary>An inet_aton notation Squid reads differently from how it looks (<c>010.0.0.1</c> is 8.0.0.1).</summary>
    LegacyIPv4Notation,

    /// <summary>A dotted IPv4 netmask (deprecated by Squid).</summary>
    DottedMask,

    /// <summary>A dotted netmask whose ones are not contiguous.</summary>
    NonContiguousMask,

    /// <summary>Bits set outside the mask; Squid clears them.</summary>
    HostBits,

    /// <summary>A range whose first address is above its last.</summary>
    ReversedRange,

    /// <summary>A '/' without a mask.</summary>
    EmptyMask,

    /// <summary>A legacy spelling Squid replaces with <c>all</c>.</summary>
    LegacyAll,

    /// <summary>A keyword written in the wrong case, read as a host name.</summary>
    KeywordCase,

    /// <summary>A host name, resolved by Squid when it reads the config.</summary>
    HostName,

    /// <summary>An IPv6 address with a zone (<c>%eth0</c>), which Squid resolves and which the evaluator ignores.</summary>
    Zone,
}
