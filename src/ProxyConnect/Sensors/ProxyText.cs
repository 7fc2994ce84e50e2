using System;
using ProxyConnect.Values;

namespace ProxyConnect.Sensors;

/// <summary>Splits what an operator pastes as a proxy (<c>http://user:pass@host:port/</c> and shorter forms) into
/// its parts. Checks the shape only; the parts are validated by <see cref="SensorProxySettings.Validate"/>.</summary>
internal static class ProxyText
{
    private const string Expected =
        "expected host, host:port, [IPv6]:port or http://[user:password@]host:port/, such as http://10.0.0.1:3128/.";

    /// <summary>The parts of a pasted proxy; user name and password are percent-decoded.</summary>
    internal readonly struct Parts
    {
        internal Parts(string host, int port, string? username, string? password)
        {
            Host = host;
            Port = port;
            Username = username;
            Password = password;
        }

        internal string Host { get; }

        internal int Port { get; }

        internal string? Username { get; }

        internal string? Password { get; }
    }

    /// <summary>Splits <paramref name="text"/>; returns why it was rejected (password redacted), or
    /// <see langword="null"/> on success.</summary>
    internal static string? TryParse(string? text, out Parts parts)
    {
        parts = default;
        var t = text?.Trim() ?? string.Empty;
        if (t.Length == 0)
        {
            return "the proxy text is empty; " + Expected;
        }

        var shown = Redact(t);
        var rest = t;
        var schemeEnd = t.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd >= 0)
        {
            var scheme = t.Substring(0, schemeEnd);
            if (!IsScheme(scheme))
            {
                return shown + " is not a proxy address: the text before '://' is not a scheme; " + Expected;
            }

            if (!scheme.Equals("http", StringComparison.OrdinalIgnoreCase))
            {
                return shown + " is not supported: " + WhyNot(scheme);
            }

            rest = t.Substring(schemeEnd + 3);
        }

        var authorityEnd = rest.IndexOfAny(new[] { '/', '?', '#' });
        var authority = authorityEnd < 0 ? rest : rest.Substring(0, authorityEnd);
        var tail = authorityEnd < 0 ? string.Empty : rest.Substring(authorityEnd);
        if (tail.Length > 0 && tail != "/")
        {
            var what = tail[0] == '?' ? "a query" : tail[0] == '#' ? "a fragment" : tail.IndexOf('?') >= 0 ? "a path and a query" : "a path";
            var hint = tail.IndexOf('@') >= 0
                ? " If the password contains '/', '?' or '#', percent-encode them as %2F, %3F and %23."
                : string.Empty;
            return shown + " is not a proxy address: it has " + what + "; a proxy is only scheme, host and port, " + Expected + hint;
        }

        string? username = null;
        string? password = null;
        var at = authority.LastIndexOf('@');
        var hostPort = authority;
        if (at >= 0)
        {
            var userInfo = authority.Substring(0, at);
            hostPort = authority.Substring(at + 1);
            var colon = userInfo.IndexOf(':');
            username = Uri.UnescapeDataString(colon < 0 ? userInfo : userInfo.Substring(0, colon));
            password = colon < 0 ? null : Uri.UnescapeDataString(userInfo.Substring(colon + 1));
        }

        if (hostPort.Length == 0)
        {
            return shown + " is not a proxy address: it has no host; " + Expected;
        }

        string host;
        string? portText = null;
        if (hostPort[0] == '[')
        {
            var close = hostPort.IndexOf(']');
            if (close < 0)
            {
                return shown + " is not a proxy address: '[' without ']'; " + Expected;
            }

            host = hostPort.Substring(1, close - 1);
            var after = hostPort.Substring(close + 1);
            if (after.Length > 0)
            {
                if (after[0] != ':')
                {
                    return shown + " is not a proxy address: only ':' and a port may follow ']'; " + Expected;
                }

                portText = after.Substring(1);
            }
        }
        else
        {
            var first = hostPort.IndexOf(':');
            if (first >= 0 && hostPort.IndexOf(':', first + 1) < 0)
            {
                host = hostPort.Substring(0, first);
                portText = hostPort.Substring(first + 1);
            }
            else
            {
                // No colon: a host name or IPv4 address. Two or more: a bare IPv6 address, whose last group is never
                // read as a port (write [IPv6]:port for that).
                host = hostPort;
            }
        }

        var port = SensorProxySettings.DefaultPort;
        if (portText is not null && !PortNumber.TryParse(portText, out port, out var portError))
        {
            return shown + " is not a proxy address: " + portError + ".";
        }

        parts = new Parts(host, port, username, password);
        return null;
    }

    /// <summary>Quotes <paramref name="text"/> for a message with everything between the scheme and the last
    /// <c>@</c> (the user info, where a password would be) replaced by <c>****</c>.</summary>
    internal static string Redact(string text)
    {
        var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
        var start = schemeEnd < 0 || !IsScheme(text.Substring(0, schemeEnd)) ? 0 : schemeEnd + 3;
        var at = text.LastIndexOf('@');
        return ValueText.Quote(at < start ? text : text.Substring(0, start) + "****" + text.Substring(at));
    }

    /// <summary>RFC 3986: a letter, then letters, digits, '+', '-' and '.'.</summary>
    private static bool IsScheme(string text)
    {
        if (text.Length == 0 || !((text[0] >= 'a' && text[0] <= 'z') || (text[0] >= 'A' && text[0] <= 'Z')))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!ValueText.IsAsciiLetterOrDigit(c) && c != '+' && c != '-' && c != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static string WhyNot(string scheme)
    {
        var lower = scheme.ToLowerInvariant();
        if (lower == "https")
        {
            return "sensors talk plain HTTP to the Squid proxy and tunnel their TLS inside CONNECT; a TLS connection to the proxy itself (https://) is not supported. Use http://.";
        }

        if (lower.StartsWith("socks", StringComparison.Ordinal))
        {
            return "Squid is an HTTP proxy, not a SOCKS proxy. Use http://.";
        }

        return "the scheme " + ValueText.Quote(scheme) + " is not an HTTP proxy scheme. Use http://, or give host:port without a scheme.";
    }
}
