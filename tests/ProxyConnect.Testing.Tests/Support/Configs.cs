using ProxyConnect.Squid;

namespace ProxyConnect.Testing.Tests.Support;

/// <summary>Configs parsed from strings with a fixed file name, so that every message is the same on every machine.</summary>
internal static class Configs
{
    public const string FileName = "deploy/squid.conf";

    /// <summary>A clean config: two sensors at the marker, then the final deny.</summary>
    public const string Sensors = """
        http_port 3128
        acl SSL_ports port 443
        http_access deny CONNECT !SSL_ports
        # INSERT YOUR OWN RULE(S) HERE TO ALLOW ACCESS FROM YOUR CLIENTS
        acl sensor1 src 10.1.0.5
        http_access allow sensor1
        acl plant-b src 10.2.0.0/24 10.2.1.0/24
        http_access allow plant-b
        http_access deny all

        """;

    public static SquidConfig Parse(string text) => SquidConfig.Parse(text, FileName);
}
