namespace ProxyConnect.Squid.Tests.Knowledge;

/// <summary>
/// Values Squid accepts, by directive value type, ACL type and port option: test data for the verification tests.
/// A missing or wrong sample does not make a test pass: the tests look for Squid's "unknown" messages only, and a
/// sample Squid refuses merely costs one more <c>-k parse</c> run (<see cref="ProbeBatch"/>).
/// </summary>
internal static class Samples
{
    /// <summary>Lines that define what the ACL probes refer to (an auth scheme for proxy_auth, an external ACL helper).</summary>
    public static readonly IReadOnlyList<string> AclPreamble =
    [
        "auth_param basic program /usr/lib/squid/basic_fake_auth",
        "external_acl_type pxc_ext %SRC /bin/true",
    ];

    private static readonly Dictionary<string, string> ByValueType = new(StringComparer.Ordinal)
    {
        ["onoff"] = "off",
        ["int"] = "1",
        ["int64_t"] = "1",
        ["u_short"] = "1",
        ["string"] = "pxc",
        ["eol"] = "pxc",
        ["wordlist"] = "pxc",
        ["SBufList"] = "pxc",
        ["TokenOrQuotedString"] = "pxc",
        ["time_t"] = "1 seconds",
        ["time_msec"] = "1 seconds",
        ["time_nanoseconds"] = "1 seconds",
        ["b_size_t"] = "1 KB",
        ["b_ssize_t"] = "1 KB",
        ["b_int64_t"] = "1 KB",
        ["kb_int64_t"] = "1 KB",
        ["acl_access"] = "deny all",
        ["acl_address"] = "127.0.0.1 all",
        ["acl_tos"] = "0x10 all",
        ["acl_nfmark"] = "0x10 all",
        ["acl_b_size_t"] = "1 KB all",
        ["address"] = "127.0.0.1",
        ["YesNoNone"] = "on",
        ["tristate"] = "on",
        ["PortCfg"] = "127.0.0.1:3999",
        ["access_log"] = "none",
        ["http_header_access"] = "Via allow all",
        ["http_header_replace"] = "Via pxc",
        ["HeaderWithAclList"] = "X-Pxc pxc",
        ["note"] = "pxc pxc",
        ["removalpolicy"] = "lru",
        ["memcachemode"] = "always",
        ["uri_whitespace"] = "strip",
        ["hostdomaintype"] = "pxc parent",
        ["refreshpattern"] = ". 0 20% 4320",
        ["HelperChildConfig"] = "1",
        ["denyinfo"] = "ERR_ACCESS_DENIED all",
        ["ftp_epsv"] = "on",
        ["pipelinePrefetch"] = "0",
        ["icmp"] = "on",
        ["UrlHelperTimeout"] = "30 seconds",
        ["configuration_includes_quoted_values"] = "off",
        ["AuthSchemes"] = "basic all",
    };

    private static readonly Dictionary<string, string> ByAclType = new(StringComparer.Ordinal)
    {
        ["src"] = "10.0.0.1", ["dst"] = "10.0.0.1", ["localip"] = "10.0.0.1", ["myip"] = "10.0.0.1",
        ["port"] = "80", ["localport"] = "80", ["myport"] = "80",
        ["dstdomain"] = ".example.com", ["srcdomain"] = ".example.com", ["ssl::server_name"] = ".example.com",
        ["method"] = "GET", ["proto"] = "HTTP",
        ["proxy_auth"] = "REQUIRED", ["ext_user"] = "pxc", ["ident"] = "REQUIRED",
        ["time"] = "M 08:00-17:00", ["random"] = "1/2", ["maxconn"] = "5", ["http_status"] = "200",
        ["external"] = "pxc_ext", ["max_user_ip"] = "2", ["arp"] = "00:11:22:33:44:55", ["eui64"] = "02:11:22:ff:fe:33:44:55",
        ["note"] = "pxc pxc", ["annotate_client"] = "pxc=pxc", ["annotate_transaction"] = "pxc=pxc",
        ["has"] = "request", ["transaction_initiator"] = "client", ["squid_error"] = "ERR_READ_ERROR",
        ["hier_code"] = "HIER_NONE", ["tag"] = "pxc", ["peername"] = "pxc", ["myportname"] = "pxc",
        ["src_as"] = "64512", ["dst_as"] = "64512", ["req_header"] = "Accept pxc", ["rep_header"] = "Accept pxc",
        ["all-of"] = "all", ["any-of"] = "all", ["client_connection_mark"] = "0x10", ["clientside_mark"] = "0x10",
        ["snmp_community"] = "public", ["adaptation_service"] = "pxc", ["at_step"] = "SslBump1",
        ["ssl_error"] = "X509_V_ERR_CERT_HAS_EXPIRED", ["user_cert"] = "CN pxc", ["ca_cert"] = "CN pxc",
        ["server_cert_fingerprint"] = "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01",
        ["connections_encrypted"] = string.Empty,
    };

    /// <summary>A value for a directive whose value type is <paramref name="valueType"/> (a bare name when none is known).</summary>
    public static string ForValueType(string? valueType) =>
        valueType != null && ByValueType.TryGetValue(valueType, out var v) ? v : "1";

    /// <summary>A value for ACL type <paramref name="type"/> (regular-expression types take any word).</summary>
    public static string ForAclType(string type) => ByAclType.TryGetValue(type, out var v) ? v : "pxc";

    /// <summary>A value for port option <paramref name="option"/> when written <c>key=value</c>.</summary>
    public static string ForPortOption(string option) => option switch
    {
        "tls-" => "tls-min-version=1.2",
        "disable-pmtu-discovery" => "disable-pmtu-discovery=off",
        "connection-auth" => "connection-auth=off",
        "tcpkeepalive" => "tcpkeepalive=60,30,3",
        "vport" => "vport=80",
        "protocol" => "protocol=http",
        "dynamic_cert_mem_cache_size" => "dynamic_cert_mem_cache_size=4MB",
        "generate-host-certificates" => "generate-host-certificates=on",
        _ => option + "=pxc",
    };
}
