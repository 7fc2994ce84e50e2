using System;
using System.Linq;
using System.Net;
using ProxyConnect.Squid;
using ProxyConnect.Squid.Model;

namespace ProxyConnect.Sensors;

/// <summary>The listening-port half of "will this sensor get through this config?": does Squid listen, as a
/// forward proxy, where the sensor's proxy settings point? (The access half needs the <c>http_access</c>
/// evaluator and joins it in <c>CheckAgainst</c>.)</summary>
internal static class ProxyListening
{
    /// <summary>Modes in which an <c>http_port</c> does not serve clients that are configured to use a proxy.</summary>
    private static readonly string[] NotForwardModes = { "accel", "intercept", "transparent", "tproxy" };

    /// <summary>The first <c>http_port</c> that listens as a forward proxy on <paramref name="port"/>, on
    /// <paramref name="address"/> or on all addresses (no host, <c>0.0.0.0</c> or <c>::</c>); <see langword="null"/>
    /// when there is none. IP addresses are compared as addresses (<c>fd00::1</c> = <c>fd00:0::1</c>), host names
    /// case-insensitively; a host name never equals an IP address (no DNS lookups here).</summary>
    internal static HttpPortDirective? FindListeningPort(SquidConfig config, string address, int port)
    {
        if (config is null)
        {
            throw new ArgumentNullException(nameof(config));
        }

        if (address is null)
        {
            throw new ArgumentNullException(nameof(address));
        }

        return config.ActiveDirectives().OfType<HttpPortDirective>().FirstOrDefault(p =>
            p.Port == port &&
            !p.Modes.Any(m => NotForwardModes.Contains(m, StringComparer.OrdinalIgnoreCase)) &&
            (IsAllAddresses(p.Host) || SameHost(p.Host!, address)));
    }

    /// <summary>Whether the settings' proxy address and port are served by a forward-proxy <c>http_port</c>.</summary>
    internal static bool IsListening(SquidConfig config, SensorProxySettings settings) =>
        !string.IsNullOrEmpty(settings.Address) && FindListeningPort(config, settings.Address!, settings.Port) is not null;

    private static bool IsAllAddresses(string? host) =>
        string.IsNullOrEmpty(host) ||
        (IPAddress.TryParse(host, out var ip) && (ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any)));

    private static bool SameHost(string a, string b)
    {
        if (IPAddress.TryParse(a, out var ipA) && IPAddress.TryParse(b, out var ipB))
        {
            return ipA.Equals(ipB);
        }

        return string.Equals(a.TrimEnd('.'), b.TrimEnd('.'), StringComparison.OrdinalIgnoreCase);
    }
}
