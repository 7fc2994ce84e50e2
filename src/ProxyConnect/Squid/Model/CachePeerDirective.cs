using System.Collections.Generic;
using System.Globalization;
using ProxyConnect.Squid.Syntax;

namespace ProxyConnect.Squid.Model;

/// <summary><c>cache_peer host type http-port icp-port [options]</c>: an upstream proxy.</summary>
public sealed record CachePeerDirective : Directive
{
    /// <summary>The directive name, <c>cache_peer</c>.</summary>
    public const string Keyword = "cache_peer";

    internal CachePeerDirective(DirectiveLine syntax, SourceLocation? location)
        : base(syntax, location)
    {
    }

    /// <summary>The peer's host name or address.</summary>
    public string Host => Arg(0) ?? string.Empty;

    /// <summary>The peer type: <c>parent</c>, <c>sibling</c> or <c>multicast</c>.</summary>
    public string PeerType => Arg(1) ?? string.Empty;

    /// <summary>The peer's HTTP port, or <see langword="null"/> when it is not a number.</summary>
    public int? HttpPort => ParsePort(Arg(2));

    /// <summary>The peer's ICP port (0 when ICP is not used), or <see langword="null"/> when it is not a number.</summary>
    public int? IcpPort => ParsePort(Arg(3));

    /// <summary>Options after the ports (<c>no-query</c>, <c>login=…</c>, …).</summary>
    public IReadOnlyList<string> Options => ArgsFrom(4);

    private static int? ParsePort(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) ? port : null;
}
