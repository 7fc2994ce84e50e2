using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using ProxyConnect.Analysis.Evaluation;

namespace ProxyConnect.Analysis;

/// <summary>A request to decide: who asks, for what, through which port.</summary>
public sealed record AccessRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="source">The client's IPv4 or IPv6 address.</param>
    /// <param name="method">The HTTP method (case-sensitive); sensors use <c>CONNECT</c>.</param>
    /// <param name="port">The destination port, 1 to 65535.</param>
    /// <param name="destination">The destination address or host name, if known.</param>
    /// <param name="localPort">The Squid port the client connected to, if known.</param>
    /// <param name="user">The authenticated user name, if the client sent credentials.</param>
    /// <exception cref="ArgumentException">The source is not an IP address, or the port is out of range.</exception>
    public AccessRequest(string source, string method = "CONNECT", int port = 443, string? destination = null, int? localPort = null, string? user = null)
    {
        if (source is null || !IPAddress.TryParse(source, out var address) || source.IndexOf('/') >= 0)
        {
            throw new ArgumentException($"'{source}' is not an IPv4 or IPv6 address.", nameof(source));
        }

        if (port < 1 || port > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(port), port, "The destination port must be from 1 to 65535.");
        }

        if (localPort is < 1 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(localPort), localPort, "The local port must be from 1 to 65535.");
        }

        Source = source;
        Method = method ?? throw new ArgumentNullException(nameof(method));
        Port = port;
        Destination = string.IsNullOrEmpty(destination) ? null : destination;
        LocalPort = localPort;
        User = string.IsNullOrEmpty(user) ? null : user;
        SourceAddress = address;
        SourceBits = Evaluation.Ip128.From(address);
        if (Destination is not null)
        {
            var d = Destination.StartsWith("[", StringComparison.Ordinal) && Destination.EndsWith("]", StringComparison.Ordinal)
                ? Destination.Substring(1, Destination.Length - 2)
                : Destination;
            if (IPAddress.TryParse(d, out var dst) && (dst.AddressFamily == AddressFamily.InterNetworkV6 || d.Split('.').Length == 4))
            {
                DestinationAddress = dst;
                DestinationBits = Evaluation.Ip128.From(dst);
            }
            else
            {
                DestinationHost = d.TrimEnd('.').ToLowerInvariant();
            }
        }

        SquidUrl = RequestUrl.FromParts(Method, Destination is null ? null : RequestUrl.CanonicalHost(Destination), Port);
    }

    /// <summary>A request for a full URL, for ACLs on the URL and its path (<c>url_regex</c>, <c>urlpath_regex</c>):
    /// the destination and port are the URL's. For CONNECT the URL is <c>host:port</c>.</summary>
    /// <param name="source">The client's IPv4 or IPv6 address.</param>
    /// <param name="url">The request target as the client sends it: <c>http://host[:port]/path</c> (also https, ftp),
    /// or <c>host:port</c> for CONNECT.</param>
    /// <param name="method">The HTTP method (case-sensitive).</param>
    /// <param name="localPort">The Squid port the client connected to, if known.</param>
    /// <param name="user">The authenticated user name, if the client sent credentials.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentException">The source is not an IP address, or Squid would refuse the URL, or it
    /// has a scheme other than http, https or ftp.</exception>
    public static AccessRequest ForUrl(string source, string url, string method = "GET", int? localPort = null, string? user = null)
    {
        if (url is null)
        {
            throw new ArgumentNullException(nameof(url));
        }

        var parsed = RequestUrl.Parse(method ?? throw new ArgumentNullException(nameof(method)), url);
        return new AccessRequest(source, method, parsed.Port, parsed.Host, localPort, user) { Url = url, SquidUrl = parsed };
    }

    /// <summary>This request with the addresses its destination host name resolved to, so that <c>dst</c> ACLs are
    /// decided with them (any address matching is a match, as in Squid); an empty list means the name does not
    /// resolve, and Squid's <c>dst</c> ACLs then do not match.</summary>
    /// <param name="addresses">The host's addresses.</param>
    /// <returns>The request with the addresses.</returns>
    public AccessRequest WithResolvedAddresses(IEnumerable<IPAddress> addresses) =>
        this with { ResolvedAddresses = Array.AsReadOnly((addresses ?? throw new ArgumentNullException(nameof(addresses))).ToArray()) };

    /// <summary>This request with its destination host name resolved by <paramref name="resolver"/> (unchanged when
    /// the destination is an address or absent).</summary>
    /// <param name="resolver">The resolver, for example <see cref="SystemHostResolver.Instance"/>.</param>
    /// <returns>The request with the addresses.</returns>
    public AccessRequest ResolveDestination(IHostResolver resolver)
    {
        if (resolver is null)
        {
            throw new ArgumentNullException(nameof(resolver));
        }

        return DestinationHost is null ? this : WithResolvedAddresses(resolver.Resolve(DestinationHost));
    }

    /// <summary>The client's address, as given.</summary>
    public string Source { get; }

    /// <summary>The HTTP method.</summary>
    public string Method { get; }

    /// <summary>The destination port.</summary>
    public int Port { get; }

    /// <summary>The destination address or host name, or <see langword="null"/>.</summary>
    public string? Destination { get; }

    /// <summary>The Squid port the client connected to, or <see langword="null"/>.</summary>
    public int? LocalPort { get; }

    /// <summary>The authenticated user, or <see langword="null"/> when the client sent no credentials.</summary>
    public string? User { get; }

    /// <summary>The full URL given with <see cref="ForUrl"/>, or <see langword="null"/> (the URL is then built from
    /// method, destination and port: <c>host:port</c> for CONNECT, <c>http://host[:port]/</c> otherwise).</summary>
    public string? Url { get; private init; }

    /// <summary>The addresses the destination host name resolved to (<see cref="WithResolvedAddresses"/>), or
    /// <see langword="null"/> when not resolved.</summary>
    public IReadOnlyList<IPAddress>? ResolvedAddresses { get; private init; }

    /// <summary>The URL as Squid sees it.</summary>
    internal RequestUrl SquidUrl { get; private init; }

    /// <summary>The parsed source address (parsed once, for speed).</summary>
    internal IPAddress SourceAddress { get; }

    /// <summary>The source address as 128 bits (IPv4 mapped), computed once.</summary>
    internal Evaluation.Ip128 SourceBits { get; }

    /// <summary>The destination address as 128 bits, when it is an address.</summary>
    internal Evaluation.Ip128 DestinationBits { get; }

    /// <summary>The destination when it is an IP address.</summary>
    internal IPAddress? DestinationAddress { get; }

    /// <summary>The destination when it is a host name (lower case, no trailing dot).</summary>
    internal string? DestinationHost { get; }

    /// <summary>Equal when the request says the same: source, method, port, destination, local port, user, URL and
    /// resolved addresses. What is derived from them (parsed addresses, Squid's URL) is left out: it follows from
    /// them, and comparing it would make two identical requests unequal.</summary>
    /// <param name="other">The other request.</param>
    public bool Equals(AccessRequest? other) =>
        other is not null &&
        Source == other.Source &&
        Method == other.Method &&
        Port == other.Port &&
        Destination == other.Destination &&
        LocalPort == other.LocalPort &&
        User == other.User &&
        Url == other.Url &&
        (ReferenceEquals(ResolvedAddresses, other.ResolvedAddresses) ||
         (ResolvedAddresses is not null && other.ResolvedAddresses is not null && ResolvedAddresses.SequenceEqual(other.ResolvedAddresses)));

    /// <inheritdoc/>
    public override int GetHashCode() =>
        (StringComparer.Ordinal.GetHashCode(Source) * 397) ^ StringComparer.Ordinal.GetHashCode(Method) ^ (Port << 8) ^
        (Destination is null ? 0 : StringComparer.Ordinal.GetHashCode(Destination));
}
