using System;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ProxyConnect.Analysis.Evaluation.Patterns;

namespace ProxyConnect.Analysis.Evaluation;

/// <summary>
/// The URL Squid sees for a request, parsed as Squid's <c>AnyP::Uri::parse</c> does: a CONNECT is
/// <c>host:port</c> with an empty path; any other method has <c>scheme://host[:port]/path</c>, the port written only
/// when it is not the scheme's default. The host is lower-cased without trailing dots, an IPv6 address is
/// bracketed. The host is <see langword="null"/> when the request names no destination: the URL is then one of a
/// family (<see cref="HostFamily"/>).
/// </summary>
internal sealed class RequestUrl
{
    private string? _decodedUpTo6;
    private string? _decodedFrom7;

    private RequestUrl(string? scheme, string? host, int port, string path, string? userInfo, bool given)
    {
        Scheme = scheme;
        Host = host;
        Port = port;
        Path = path;
        UserInfo = userInfo;
        Given = given;
        Family = new FamilyKey(scheme, port, path, userInfo, HostOnly: false);
        var escapes = path.IndexOf('%') >= 0 || (userInfo?.IndexOf('%') ?? -1) >= 0;
        HostInFamily = host is not null && !escapes && HostFamily.Holds(host);
    }

    /// <summary>The family of URLs that differ from this one in the host only.</summary>
    public FamilyKey Family { get; }

    /// <summary>Whether this URL, as a regex sees it after decoding, is a member of <see cref="Family"/>: a known host
    /// of the family's characters and nothing to decode. A regex's answer for the whole family then holds for it.</summary>
    public bool HostInFamily { get; }

    /// <summary>The effective URI decoded as Squid <paramref name="major"/> decodes it for <c>url_regex</c>, computed once.</summary>
    public string DecodedEffective(int major) => major >= 7
        ? _decodedFrom7 ??= Decoded(Effective!, major)
        : _decodedUpTo6 ??= Decoded(Effective!, major);

    /// <summary>The scheme in lower case, or <see langword="null"/> for a CONNECT (Squid's <c>NONE</c>).</summary>
    public string? Scheme { get; }

    /// <summary>The host as Squid keeps it, or <see langword="null"/> when not known.</summary>
    public string? Host { get; }

    public int Port { get; }

    /// <summary>The path as sent (empty for a CONNECT).</summary>
    public string Path { get; }

    public string? UserInfo { get; }

    /// <summary>Whether the caller gave the URL (otherwise it was built from method, destination and port).</summary>
    public bool Given { get; }

    /// <summary>What comes before and after the host in Squid's effective request URI.</summary>
    public (string Prefix, string Suffix) AroundHost => Around(Family);

    /// <summary>What comes before and after the host in the effective request URIs of a family.</summary>
    public static (string Prefix, string Suffix) Around(FamilyKey key)
    {
        if (key.Scheme is null)
        {
            return (string.Empty, ":" + key.Port.ToString(CultureInfo.InvariantCulture));
        }

        var prefix = key.Scheme + "://" + (key.Scheme == "ftp" && key.UserInfo is { Length: > 0 } ? key.UserInfo + "@" : string.Empty);
        var port = key.Port == DefaultPort(key.Scheme) ? string.Empty : ":" + key.Port.ToString(CultureInfo.InvariantCulture);
        return (prefix, port + key.Path);
    }

    /// <summary>Squid's effective request URI (<c>HttpRequest::effectiveRequestUri</c>), or <see langword="null"/>
    /// when the host is not known.</summary>
    public string? Effective => Host is null ? null : AroundHost.Prefix + Host + AroundHost.Suffix;

    /// <summary>A request built from its parts: CONNECT <c>host:port</c>, otherwise <c>http://host[:port]/</c>.</summary>
    public static RequestUrl FromParts(string method, string? host, int port) =>
        method == "CONNECT" ? new RequestUrl(null, host, port, string.Empty, null, false) : new RequestUrl("http", host, port, "/", null, false);

    /// <summary>Parses a URL as Squid parses a request target.</summary>
    /// <exception cref="ArgumentException">Squid would refuse it, or it uses a scheme the evaluator does not model.</exception>
    public static RequestUrl Parse(string method, string url)
    {
        if (url.Length == 0 || url.Trim().Length != url.Length || url.IndexOfAny(new[] { ' ', '\t', '\r', '\n' }) >= 0)
        {
            throw new ArgumentException($"'{url}' is not a request URL: it is empty or has blanks.", nameof(url));
        }

        if (method == "CONNECT")
        {
            var (host, port) = SplitHostPort(url, defaultPort: null, url);
            return new RequestUrl(null, host, port, string.Empty, null, true);
        }

        var colon = url.IndexOf("://", StringComparison.Ordinal);
        var scheme = colon > 0 ? url.Substring(0, colon).ToLowerInvariant() : string.Empty;
        if (DefaultPort(scheme) == 0)
        {
            throw new ArgumentException($"'{url}' is not an http://, https:// or ftp:// URL; the evaluator models those schemes only.", nameof(url));
        }

        var rest = url.Substring(colon + 3);
        var end = rest.IndexOfAny(new[] { '/', '?', '#' });
        var authority = end < 0 ? rest : rest.Substring(0, end);
        var path = end < 0 ? "/" : rest[end] == '/' ? rest.Substring(end) : "/" + rest.Substring(end);
        string? userInfo = null;
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            userInfo = authority.Substring(0, at);
            authority = authority.Substring(at + 1);
        }

        var (h, p) = SplitHostPort(authority, DefaultPort(scheme), url);
        return new RequestUrl(scheme, h, p, path, userInfo, true);
    }

    /// <summary>The host as Squid keeps it: lower case, no trailing dots, an IP address in its canonical form
    /// (IPv6 bracketed).</summary>
    public static string CanonicalHost(string host)
    {
        var bare = host.StartsWith("[", StringComparison.Ordinal) && host.EndsWith("]", StringComparison.Ordinal) ? host.Substring(1, host.Length - 2) : host;
        if (IPAddress.TryParse(bare, out var address) && (address.AddressFamily == AddressFamily.InterNetworkV6 || bare.Split('.').Length == 4))
        {
            return address.AddressFamily == AddressFamily.InterNetworkV6 ? "[" + address + "]" : address.ToString();
        }

        return bare.ToLowerInvariant().TrimEnd('.');
    }

    /// <summary>The default port of a scheme the evaluator models, 0 for any other.</summary>
    public static int DefaultPort(string scheme) => scheme switch
    {
        "http" => 80,
        "https" => 443,
        "ftp" => 21,
        _ => 0,
    };

    /// <summary>The bytes a <c>url_regex</c> sees: Squid 4 to 6 decode %XX with <c>rfc1738_unescape</c> (valid pairs
    /// only, <c>%%</c> becomes <c>%</c>, never NUL); Squid 7 decodes the whole URL or, at the first invalid %
    /// sequence, none of it. A decoded NUL ends the C string. One char per byte (UTF-8).</summary>
    public static string Decoded(string text, int major) => EndAtNul(major >= 7 ? DecodeOrDupe(text) : Rfc1738Unescape(text));

    /// <summary>The bytes an <c>urlpath_regex</c> sees: <c>rfc1738_unescape</c> in every version.</summary>
    public static string DecodedPath(string path) => EndAtNul(Rfc1738Unescape(path));

    private static (string? Host, int Port) SplitHostPort(string authority, int? defaultPort, string url)
    {
        string host;
        string? portText = null;
        if (authority.StartsWith("[", StringComparison.Ordinal))
        {
            var close = authority.IndexOf(']');
            if (close < 0)
            {
                throw new ArgumentException($"'{url}' has an unclosed '[' in its host.", nameof(url));
            }

            host = authority.Substring(0, close + 1);
            if (close + 1 < authority.Length && authority[close + 1] == ':')
            {
                portText = authority.Substring(close + 2);
            }
        }
        else
        {
            var first = authority.IndexOf(':');
            var last = authority.LastIndexOf(':');
            host = first >= 0 && first == last ? authority.Substring(0, first) : authority;
            portText = first >= 0 && first == last ? authority.Substring(first + 1) : null;
        }

        int port;
        if (portText is null)
        {
            port = defaultPort ?? throw new ArgumentException($"'{url}' names no port: a CONNECT target is host:port.", nameof(url));
        }
        else if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port < 1 || port > 65535)
        {
            throw new ArgumentException($"'{url}' has the port '{portText}': expected 1 to 65535.", nameof(url));
        }

        if (host.Length == 0 || host == "[]")
        {
            throw new ArgumentException($"'{url}' has no host.", nameof(url));
        }

        return (CanonicalHost(host), port);
    }

    private static string EndAtNul(string text)
    {
        var nul = text.IndexOf('\0');
        return nul < 0 ? text : text.Substring(0, nul);
    }

    private static int Hex(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static string Rfc1738Unescape(string s)
    {
        var bytes = Encoding.UTF8.GetBytes(s);
        var output = new System.Collections.Generic.List<byte>(bytes.Length);
        for (var j = 0; j < bytes.Length; j++)
        {
            var b = bytes[j];
            output.Add(b);
            if (b != '%')
            {
                continue;
            }

            if (j + 1 < bytes.Length && bytes[j + 1] == '%')
            {
                j++;
                continue;
            }

            var v1 = j + 1 < bytes.Length ? Hex((char)bytes[j + 1]) : -1;
            var v2 = j + 2 < bytes.Length ? Hex((char)bytes[j + 2]) : -1;
            if (v1 < 0 || v2 < 0)
            {
                continue;
            }

            var x = (v1 << 4) | v2;
            if (x > 0)
            {
                output[output.Count - 1] = (byte)x;
                j += 2;
            }
        }

        return Latin1(output.ToArray());
    }

    private static string DecodeOrDupe(string s)
    {
        var bytes = Encoding.UTF8.GetBytes(s);
        var output = new System.Collections.Generic.List<byte>(bytes.Length);
        for (var j = 0; j < bytes.Length; j++)
        {
            if (bytes[j] != '%')
            {
                output.Add(bytes[j]);
                continue;
            }

            var v1 = j + 1 < bytes.Length ? Hex((char)bytes[j + 1]) : -1;
            var v2 = j + 2 < bytes.Length ? Hex((char)bytes[j + 2]) : -1;
            if (v1 < 0 || v2 < 0)
            {
                return Latin1(bytes);
            }

            output.Add((byte)((v1 << 4) | v2));
            j += 2;
        }

        return Latin1(output.ToArray());
    }

    /// <summary>Bytes as the regex translation reads them: one char per byte.</summary>
    private static string Latin1(byte[] bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[i] = (char)bytes[i];
        }

        return new string(chars);
    }
}
