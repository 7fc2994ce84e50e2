using System;
using System.Collections.Generic;

namespace ProxyConnect.Analysis.Evaluation;

/// <summary>The names a <c>proto</c> ACL accepts (Squid's <c>AnyP::ProtocolType_str</c> before <c>UNKNOWN</c>,
/// compared case-insensitively) and the protocol of a request. A CONNECT has no scheme: <c>NONE</c>. A scheme that is
/// not in the version's list is <c>UNKNOWN</c>, which no <c>proto</c> value can name.</summary>
internal static class ProtocolNames
{
    private static readonly string[] Squid4And5 =
    {
        "NONE", "HTTP", "FTP", "HTTPS", "COAP", "COAPS", "GOPHER", "WAIS", "CACHE_OBJECT", "ICP", "HTCP", "URN", "WHOIS", "ICY", "TLS", "SSL", "AUTHORITY_FORM",
    };

    /// <summary>A scheme the version does not know; no <c>proto</c> value names it.</summary>
    public const string Unknown = "UNKNOWN";

    private static readonly HashSet<string>[] ByMajor = { Build(4), Build(5), Build(6), Build(7) };

    /// <summary>Squid 6 dropped gopher; Squid 7 dropped cache_object too.</summary>
    public static IReadOnlyCollection<string> For(int major) => ByMajor[Math.Min(Math.Max(major, 4), 7) - 4];

    private static HashSet<string> Build(int major)
    {
        var names = new HashSet<string>(Squid4And5, StringComparer.OrdinalIgnoreCase);
        if (major >= 6)
        {
            names.Remove("GOPHER");
        }

        if (major >= 7)
        {
            names.Remove("CACHE_OBJECT");
        }

        return names;
    }

    /// <summary>The protocol name of a request's scheme (<see langword="null"/> scheme: CONNECT).</summary>
    public static string Of(string? scheme, int major) =>
        scheme is null ? "NONE" : ByMajor[Math.Min(Math.Max(major, 4), 7) - 4].Contains(scheme) && !string.Equals(scheme, "NONE", StringComparison.OrdinalIgnoreCase) ? scheme.ToUpperInvariant() : Unknown;
}
