using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis;

/// <summary>The access rules of each Debian stock squid.conf (directives only, as facts), with sensors where the
/// marker is: after 'http_access allow localhost' (and the to_localhost/to_linklocal denies from Squid 6), before
/// the include of conf.d and the final deny.</summary>
internal static class StockRules
{
    public static SquidConfig With(SquidTarget target, params (string Name, string Address)[] sensors)
    {
        var lines = new List<string>
        {
            "acl localnet src 0.0.0.1-0.255.255.255", "acl localnet src 10.0.0.0/8", "acl localnet src 100.64.0.0/10",
            "acl localnet src 169.254.0.0/16", "acl localnet src 172.16.0.0/12", "acl localnet src 192.168.0.0/16",
            "acl localnet src fc00::/7", "acl localnet src fe80::/10",
            "acl SSL_ports port 443",
            "acl Safe_ports port 80", "acl Safe_ports port 21", "acl Safe_ports port 443", "acl Safe_ports port 70",
            "acl Safe_ports port 210", "acl Safe_ports port 1025-65535", "acl Safe_ports port 280", "acl Safe_ports port 488",
            "acl Safe_ports port 591", "acl Safe_ports port 777",
        };
        if (target.Major == 4)
        {
            lines.Add("acl CONNECT method CONNECT");
        }

        lines.AddRange(["http_access deny !Safe_ports", "http_access deny CONNECT !SSL_ports", "http_access allow localhost manager", "http_access deny manager"]);
        if (target.Major == 4)
        {
            lines.Add("include /etc/squid/conf.d/*");
        }

        lines.Add("http_access allow localhost");
        if (target.Major >= 6)
        {
            lines.AddRange(["http_access deny to_localhost", "http_access deny to_linklocal"]);
        }

        foreach (var (name, address) in sensors)
        {
            lines.Add($"acl {name} src {address}");
            lines.Add($"http_access allow {name}");
        }

        if (target.Major >= 5)
        {
            lines.Add("include /etc/squid/conf.d/*.conf");
        }

        lines.AddRange(["http_access deny all", "http_port 3128"]);
        return SquidConfig.Parse(string.Join("\n", lines) + "\n", "squid.conf");
    }
}
