namespace ProxyConnect.Squid.Knowledge;

/// <summary>Problems whose outcome differs between Squid versions: fatal in some, a warning in others.</summary>
internal enum SquidProblem
{
    /// <summary>An unknown directive name.</summary>
    UnknownDirective,

    /// <summary>Overlapping <c>dstdomain</c> values (<c>.example.com</c> and <c>www.example.com</c>).</summary>
    OverlappingDstdomain,

    /// <summary>Overlapping or repeated address values of one ACL.</summary>
    OverlappingAddresses,

    /// <summary>An accel-only <c>http_port</c> option without <c>accel</c>.</summary>
    AccelOptionWithoutAccel,

    /// <summary>A directive or ACL type the build lacks (for example ssl-bump without OpenSSL).</summary>
    MissingFeature,

    /// <summary>An obsolete directive name.</summary>
    ObsoleteDirective,
}
