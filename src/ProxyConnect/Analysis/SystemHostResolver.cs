using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;

namespace ProxyConnect.Analysis;

/// <summary>Resolves names with the operating system (<c>/etc/hosts</c>, then DNS), as Squid does with its
/// <c>hosts_file</c> and resolvers when both run on the same machine.</summary>
public sealed class SystemHostResolver : IHostResolver
{
    private SystemHostResolver()
    {
    }

    /// <summary>The one instance.</summary>
    public static SystemHostResolver Instance { get; } = new();

    /// <inheritdoc/>
    public IReadOnlyList<IPAddress> Resolve(string hostName)
    {
        if (hostName is null)
        {
            throw new ArgumentNullException(nameof(hostName));
        }

        try
        {
            return Dns.GetHostAddresses(hostName);
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.HostNotFound or SocketError.NoData)
        {
            return Array.Empty<IPAddress>();
        }
    }
}
