using System;
using System.Collections.Generic;

namespace ProxyConnect.Analysis.Lint;

/// <summary>The option keywords Squid's <c>http_port</c> accepts (GRAMMAR §4.2). Matching is case-sensitive;
/// a <c>key=value</c> option is looked up by its key.</summary>
internal static class HttpPortOptions
{
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal)
    {
        "accel", "transparent", "intercept", "tproxy", "ssl-bump", "sslBump",
        "vhost", "no-vhost", "vport", "allow-direct", "act-as-origin", "ignore-cc",
        "require-proxy-header", "no-connection-auth", "connection-auth", "ipv4", "tcpkeepalive", "ftp-track-dirs", "worker-queues",
        "generate-host-certificates",
    };

    private static readonly HashSet<string> Keys = new(StringComparer.Ordinal)
    {
        "defaultsite", "vport", "protocol", "name", "connection-auth", "disable-pmtu-discovery", "tcpkeepalive",
        "cert", "key", "version", "options", "cipher", "clientca", "cafile", "capath", "crlfile", "dhparams", "sslflags",
        "sslcontext", "generate-host-certificates", "dynamic_cert_mem_cache_size",
    };

    /// <summary>Options Squid accepts only on an <c>accel</c> port.</summary>
    private static readonly HashSet<string> NeedAccel = new(StringComparer.Ordinal)
    {
        "defaultsite", "vhost", "vport", "protocol", "allow-direct", "act-as-origin", "ignore-cc",
    };

    public static string KeyOf(string option)
    {
        var eq = option.IndexOf('=');
        return eq < 0 ? option : option.Substring(0, eq);
    }

    public static bool IsKnown(string option)
    {
        if (option.StartsWith("tls-", StringComparison.Ordinal))
        {
            return true;
        }

        return option.IndexOf('=') < 0 ? Flags.Contains(option) : Keys.Contains(KeyOf(option));
    }

    public static bool NeedsAccel(string option) => NeedAccel.Contains(KeyOf(option));
}
