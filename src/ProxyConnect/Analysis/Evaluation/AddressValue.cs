using System.Net;
using ProxyConnect.Values;

namespace ProxyConnect.Analysis.Evaluation;

/// <summary>One <c>src</c>/<c>dst</c> value, parsed by <see cref="SquidAddress"/>. Clean values (no warning) are
/// plain intervals and are matched here without allocation; anything unusual (masked ranges, host bits, reversed
/// ranges) goes through <see cref="SquidAddress.Contains"/>, so there is one definition of Squid's matching.</summary>
internal sealed class AddressValue
{
    private readonly SquidAddress _address;
    private readonly Form _form;
    private readonly Ip128 _low;
    private readonly Ip128 _high;

    public AddressValue(SquidAddress address)
    {
        _address = address;
        if (address.Kind == SquidAddressKind.HostName)
        {
            _form = Form.HostName;
        }
        else if (address.Text == "all" || address.CanonicalText == "all")
        {
            _form = Form.All;
        }
        else if (address.Text == "ipv4")
        {
            _form = Form.IPv4;
        }
        else if (address.Text == "ipv6")
        {
            _form = Form.IPv6;
        }
        else if (address.Warnings.Count == 0 && address.First is not null && address.Last is not null &&
                 (address.Kind is SquidAddressKind.Address or SquidAddressKind.Cidr || (address.Kind == SquidAddressKind.Range && address.PrefixLength is null)))
        {
            _form = Form.Interval;
            _low = Ip128.From(address.First);
            _high = Ip128.From(address.Last);
        }
        else
        {
            _form = Form.Squid;
        }
    }

    private enum Form
    {
        All,
        IPv4,
        IPv6,
        Interval,
        Squid,
        HostName,
    }

    public string Text => _address.Text;

    /// <summary>
    /// Squid's <c>ipv6</c> keyword (<c>src/acl/Ip.cc</c>): the blocks 1000::/4, 2000::/3, 4000::/2, 8000::/2, C000::/3,
    /// E000::/4, FC00::/7 and FE80::/10. Not <c>::1</c>, not IPv4-mapped, not multicast.
    /// </summary>
    /// <remarks>
    /// Squid's <c>ipv4</c> keyword is a mask of /96 over the unset address <c>::</c>, that is <c>::/96</c>
    /// (IPv4-compatible addresses, <c>::1</c> among them), while Squid stores an IPv4 client as IPv4-mapped
    /// <c>::ffff:a.b.c.d</c>: so <c>ipv4</c> never matches an IPv4 client (observed with Squid 5.7).
    /// </remarks>
    private static bool IsSquidIPv6Unicast(Ip128 bits)
    {
        var first = (int)(bits.Hi >> 56);
        var nibble = first >> 4;
        var second = (int)(bits.Hi >> 48) & 0xFF;
        return (nibble >= 0x1 && nibble <= 0xE) || first == 0xFC || first == 0xFD || (first == 0xFE && (second & 0xC0) == 0x80);
    }

    /// <summary>Match, no match, or unknown for a host name (Squid resolved it with DNS when it read the config).</summary>
    public AclMatch Match(Ip128 bits, IPAddress address) => _form switch
    {
        Form.All => AclMatch.Match,
        Form.IPv4 => bits.Hi == 0 && (bits.Lo >> 32) == 0 ? AclMatch.Match : AclMatch.NoMatch,
        Form.IPv6 => IsSquidIPv6Unicast(bits) ? AclMatch.Match : AclMatch.NoMatch,
        Form.Interval => bits.CompareTo(_low) >= 0 && bits.CompareTo(_high) <= 0 ? AclMatch.Match : AclMatch.NoMatch,
        Form.Squid => _address.Contains(address) ? AclMatch.Match : AclMatch.NoMatch,
        _ => AclMatch.Unknown,
    };
}
