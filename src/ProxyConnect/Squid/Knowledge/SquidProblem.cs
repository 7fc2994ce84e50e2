namespace ProxyConnect.Squid.Knowledge;

/// <summary>Problems whose outcome differs between Squid versions: fatal in some, a warning in others.</summary>
internal enum SquidProblem
{
    /// <summary>An unknown directive name.</summary>
    UnknownDirective,

    /// <summary>A <c>dstdomain</c> value covered by a wider one that comes later in the same ACL
    /// (<c>www.example.com</c>, then <c>.example.com</c>): fatal in 4 to 6, a WARNING in 7.</summary>
    OverlappingDstdomain,

    /// <summary>Overlapping or repeated address values of one ACL.</summary>
    OverlappingAddresses,

    /// <summary>An accel-only <c>http_port</c> option without <c>accel</c>.</summary>
    AccelOptionWithoutAccel,

    /// <summary>A directive the build lacks (for example <c>sslcrtd_program</c> without OpenSSL): Squid prints
    /// <c>ERROR: 'name' requires …</c> and ignores the line. An ACL type or port option the build lacks is unknown
    /// instead (<see cref="UnknownAclType"/>, <see cref="UnknownPortOption"/>).</summary>
    MissingFeature,

    /// <summary>An obsolete directive name (except those whose <see cref="DirectiveFact.ObsoleteIsFatal"/>).</summary>
    ObsoleteDirective,

    /// <summary>A <c>dstdomain</c> value covered by a wider one earlier in the same ACL (<c>.example.com</c>, then
    /// <c>www.example.com</c>): a WARNING in every version.</summary>
    DstdomainCoveredByEarlierValue,

    /// <summary>An ACL type the version (or build) does not know.</summary>
    UnknownAclType,

    /// <summary>An ACL flag the type does not accept (<c>dstdomain -i</c>).</summary>
    UnsupportedAclOption,

    /// <summary>An <c>http_port</c>/<c>https_port</c> option the version (or build) does not know.</summary>
    UnknownPortOption,

    /// <summary>A <c>proxy_auth</c> ACL with no <c>auth_param</c> scheme configured before it.</summary>
    ProxyAuthWithoutAuthScheme,

    /// <summary>A regular-expression ACL value glibc's <c>regcomp</c> refuses (<c>acl a browser *</c>).</summary>
    InvalidRegex,

    /// <summary>A later line of a <c>note</c>, <c>req_header</c> or <c>rep_header</c> ACL that names another key (note
    /// name, header name) than its first line.</summary>
    AclKeyChanged,
}
