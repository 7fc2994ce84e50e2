using System;
using System.Net;
using System.Net.Sockets;

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
}
