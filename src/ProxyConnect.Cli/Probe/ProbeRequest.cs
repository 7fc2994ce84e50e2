using System;
using System.Globalization;
using System.Net;

namespace ProxyConnect.Cli.Probe;

/// <summary>One CONNECT to make: through which proxy, to which target, from which source address, as which user.</summary>
internal sealed record ProbeRequest(string ProxyHost, int ProxyPort, string TargetHost, int TargetPort, IPAddress? From, string? User, string? Password, TimeSpan Timeout)
{
    /// <summary>The request target of the CONNECT line: <c>host:port</c>, IPv6 in brackets.</summary>
    public string Authority => (TargetHost.Contains(':') ? $"[{TargetHost}]" : TargetHost) + ":" + TargetPort.ToString(CultureInfo.InvariantCulture);

    public string ProxyDisplay => (ProxyHost.Contains(':') ? $"[{ProxyHost}]" : ProxyHost) + ":" + ProxyPort.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses <c>HOST:PORT</c> or <c>[IPv6]:PORT</c>.</summary>
    /// <returns><see langword="null"/> and an error when the text is not of that form.</returns>
    public static (string Host, int Port)? ParseTarget(string text, out string? error)
    {
        error = null;
        string host;
        string port;
        if (text.StartsWith("[", StringComparison.Ordinal))
        {
            var close = text.IndexOf("]:", StringComparison.Ordinal);
            if (close < 0)
            {
                error = $"--target '{text}': expected [IPv6]:PORT, for example [fd00::1]:443.";
                return null;
            }

            host = text.Substring(1, close - 1);
            port = text.Substring(close + 2);
        }
        else
        {
            var colon = text.LastIndexOf(':');
            if (colon <= 0 || text.IndexOf(':') != colon)
            {
                error = $"--target '{text}': expected HOST:PORT, for example cloud.example.com:443 (IPv6 in brackets: [fd00::1]:443).";
                return null;
            }

            host = text.Substring(0, colon);
            port = text.Substring(colon + 1);
        }

        if (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > 65535)
        {
            error = $"--target '{text}': the port '{port}' is not a number from 1 to 65535.";
            return null;
        }

        if (host.Length == 0 || host.IndexOfAny(new[] { ' ', '\t', '\r', '\n', '/', '@' }) >= 0)
        {
            error = $"--target '{text}': '{host}' is not a host name or address.";
            return null;
        }

        return (host, number);
    }
}
