namespace ProxyConnect.Squid.Knowledge;

/// <summary>A build option a directive, ACL type or port option needs (the <c>IFDEF:</c> of Squid's
/// <c>cf.data.pre</c>). Debian builds every feature here except <see cref="OpenSsl"/> in its plain <c>squid</c>
/// package; <see cref="SquidTarget.OpenSsl"/> says whether the target has it.</summary>
internal enum SquidFeature
{
    /// <summary>Always available.</summary>
    None,

    /// <summary><c>USE_OPENSSL</c>: ssl-bump, <c>ssl::server_name</c>, <c>at_step</c>, <c>sslcrtd_program</c>…</summary>
    OpenSsl,

    /// <summary>Any other build option; Debian's packages have it.</summary>
    Other,

    /// <summary>A build option Debian's packages never have on Linux (<c>_SQUID_WINDOWS_</c>, GNU malloc statistics,
    /// <c>MULTICAST_MISS_STREAM</c>, ESI); no target has it.</summary>
    NotInDebian,
}
