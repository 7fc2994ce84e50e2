using System;
using System.Collections.Generic;

namespace ProxyConnect.Squid.Model;

/// <summary>The ACL type names Squid registers (GRAMMAR §3.2: always available plus build-dependent, and the old
/// names it still accepts with an UPGRADE warning). Type names are case-sensitive.</summary>
internal static class AclTypes
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "all-of", "any-of", "src", "dst", "localip", "srcdomain", "srcdom_regex", "dstdomain", "dstdom_regex", "port",
        "localport", "myportname", "proto", "method", "url_regex", "urllogin", "urlpath_regex", "browser", "referer_regex",
        "req_header", "rep_header", "req_mime_type", "rep_mime_type", "http_status", "hier_code", "squid_error", "peername",
        "peername_regex", "tag", "note", "annotate_client", "annotate_transaction", "random", "time", "maxconn", "external",
        "connections_encrypted", "has", "transaction_initiator",
        "client_connection_mark", "clientside_mark",
        "ssl_error", "user_cert", "ca_cert", "server_cert_fingerprint", "at_step", "ssl::server_name", "ssl::server_name_regex",
        "arp", "eui64",
        "ext_user", "ext_user_regex", "proxy_auth", "proxy_auth_regex", "max_user_ip",
        "adaptation_service", "snmp_community",
        "myip", "myport",
    };

    /// <summary>Types whose values are regular expressions: Squid refuses them while quoted values are on.</summary>
    private static readonly HashSet<string> Regex = new(StringComparer.Ordinal)
    {
        "url_regex", "urlpath_regex", "urllogin", "browser", "referer_regex", "srcdom_regex", "dstdom_regex",
        "req_mime_type", "rep_mime_type", "peername_regex", "ssl::server_name_regex", "ext_user_regex", "proxy_auth_regex",
        "req_header", "rep_header",
    };

    public static IEnumerable<string> All => Known;

    public static bool IsKnown(string type) => Known.Contains(type);

    public static bool IsRegex(string type) => Regex.Contains(type);

    /// <summary>The current name of a renamed type, so that <c>myip</c> and <c>localip</c> count as one type.</summary>
    public static string Canonical(string type) => type switch
    {
        "myip" => "localip",
        "myport" => "localport",
        "clientside_mark" => "client_connection_mark",
        _ => type,
    };

    /// <summary>Types whose values are addresses (<c>src</c>, <c>dst</c>, <c>localip</c>).</summary>
    public static bool IsAddress(string type) => type is "src" or "dst" or "localip" or "myip";

    /// <summary>Types whose values are ports or port ranges.</summary>
    public static bool IsPort(string type) => type is "port" or "localport" or "myport";
}
