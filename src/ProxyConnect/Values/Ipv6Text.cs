using System.Net;
using System.Net.Sockets;

namespace ProxyConnect.Values;

/// <summary>IPv6 text as we accept it: hexadecimal digits, ':' and (optionally) '.', no brackets, no scope.</summary>
internal static class Ipv6Text
{
    /// <summary>
    /// Parses an IPv6 address after checking its characters. On failure <paramref name="detail"/> says where and why,
    /// such as <c>character 3 ('g') is not allowed in an IPv6 address</c>.
    /// </summary>
    internal static bool TryParse(string text, bool allowDots, out IPAddress? address, out string? detail)
    {
        address = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (hex || c == ':')
            {
                continue;
            }

            if (c == '.')
            {
                if (allowDots)
                {
                    continue;
                }

                detail = "character " + (i + 1) + " ('.') is not allowed: Squid reads the IPv6 addresses of a CIDR or range with hexadecimal digits and ':' only";
                return false;
            }

            detail = "character " + (i + 1) + " (" + ValueText.Describe(c) + ") is not allowed in an IPv6 address (hexadecimal digits, ':' and '.')";
            return false;
        }

        if (IPAddress.TryParse(text, out var parsed) && parsed is not null && parsed.AddressFamily == AddressFamily.InterNetworkV6)
        {
            address = parsed;
            detail = null;
            return true;
        }

        detail = Diagnose(text);
        return false;
    }

    private static string Diagnose(string text)
    {
        var first = text.IndexOf("::", System.StringComparison.Ordinal);
        if (first >= 0 && text.IndexOf("::", first + 1, System.StringComparison.Ordinal) >= 0)
        {
            return "'::' appears more than once";
        }

        if (text.IndexOf(":::", System.StringComparison.Ordinal) >= 0)
        {
            return "it contains ':::'";
        }

        var groups = text.Split(':');
        for (var i = 0; i < groups.Length; i++)
        {
            if (groups[i].Length > 4 && groups[i].IndexOf('.') < 0)
            {
                return "group " + (i + 1) + " (" + groups[i] + ") has more than 4 hexadecimal digits";
            }
        }

        var count = 0;
        foreach (var g in groups)
        {
            count += g.IndexOf('.') >= 0 ? 2 : (g.Length > 0 ? 1 : 0);
        }

        if (count > 8)
        {
            return "it has more than 8 groups";
        }

        if (first < 0 && count < 8)
        {
            return "it has " + count + " groups; expected 8, or fewer with '::'";
        }

        return "it is not a well-formed IPv6 address";
    }
}
