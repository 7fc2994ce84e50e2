namespace ProxyConnect.Squid.Knowledge;

/// <summary>What the values of an ACL type are, which decides how lint checks them and how the evaluator matches.</summary>
internal enum AclValueKind
{
    /// <summary>Anything else (checked by Squid only at run time, or not modelled).</summary>
    Other,

    /// <summary>IP addresses, networks and ranges (<c>src</c>, <c>dst</c>, <c>localip</c>).</summary>
    Address,

    /// <summary>Ports and port ranges (<c>port</c>, <c>localport</c>).</summary>
    Port,

    /// <summary>Domain names (<c>dstdomain</c>, <c>srcdomain</c>, <c>ssl::server_name</c>).</summary>
    Domain,

    /// <summary>POSIX extended regular expressions (<c>url_regex</c>, <c>dstdom_regex</c>…).</summary>
    Regex,

    /// <summary>Request methods.</summary>
    Method,

    /// <summary>URL schemes (<c>proto</c>).</summary>
    Protocol,

    /// <summary>User names (<c>proxy_auth</c>).</summary>
    User,

    /// <summary>No values or a fixed form (<c>all-of</c>, <c>any-of</c> take ACL names; <c>time</c>, <c>random</c>…).</summary>
    Special,
}
