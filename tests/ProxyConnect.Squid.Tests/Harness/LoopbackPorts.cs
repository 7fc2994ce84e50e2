using System.Net;
using System.Net.Sockets;

namespace ProxyConnect.Squid.Tests.Harness;

/// <summary>Free TCP ports on 127.0.0.1.</summary>
internal static class LoopbackPorts
{
    /// <summary>A port that was free a moment ago (the OS picks it; another process may still take it before use).</summary>
    public static int GetFree()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
