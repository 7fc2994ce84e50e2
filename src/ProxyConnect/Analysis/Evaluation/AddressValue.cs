using System.Collections.Generic;
using System.Net;
using ProxyConnect.Values;

namespace ProxyConnect.Analysis.Evaluation;

/// <summary>One <c>src</c>/<c>dst</c> value, parsed by <see cref="SquidAddress"/>. Clean values (no warning) are
/// plain intervals and are matched here without allocation; anything unusual (masked ranges, host bits, reversed
/// ranges, the ipv4/ipv6 keywords) goes through <see cref="SquidAddress.Contains"/>, so there is one definition of
/// Squid's matching.</summary>
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
        else if (address.Kind == SquidAddressKind.Keyword && address.Text is "ipv4" or "ipv6")
        {
            _form = address.Text == "ipv4" ? Form.IPv4Keyword : Form.IPv6Keyword;
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
        Interval,
        Squid,
        HostName,

        /// <summary><c>ipv4</c>: up to Squid 6 the odd ::/96 of <see cref="SquidAddress.Contains"/>; from Squid 7
        /// (<c>ACLIP::parseGlobal</c>) every IPv4 address.</summary>
        IPv4Keyword,

        /// <summary><c>ipv6</c>: up to Squid 6 the unicast blocks of <see cref="SquidAddress.Contains"/>; from Squid
        /// 7 every IPv6 address.</summary>
        IPv6Keyword,
    }

    public string Text => _address.Text;

    /// <summary>The value is <c>all</c>.</summary>
    public bool IsAll => _form == Form.All;

    /// <summary>The addresses as one interval, for clean values; <see langword="null"/> for host names and unusual forms.</summary>
    public (Ip128 Low, Ip128 High)? Interval => _form == Form.Interval ? (_low, _high) : null;

    /// <summary>The addresses as intervals in Squid <paramref name="major"/>, or <see langword="null"/> when they are
    /// not plain intervals (host names, masked ranges, the keywords before Squid 7).</summary>
    public IReadOnlyList<(Ip128 Low, Ip128 High)>? Intervals(int major) => _form switch
    {
        Form.All => new[] { (new Ip128(0, 0), new Ip128(ulong.MaxValue, ulong.MaxValue)) },
        Form.Interval => new[] { (_low, _high) },
        Form.IPv4Keyword when major >= 7 => new[] { (new Ip128(0, 0x0000_FFFF_0000_0000UL), new Ip128(0, 0x0000_FFFF_FFFF_FFFFUL)) },
        Form.IPv6Keyword when major >= 7 => new[] { (new Ip128(0, 0), new Ip128(0, 0x0000_FFFE_FFFF_FFFFUL)), (new Ip128(0, 0x0001_0000_0000_0000UL), new Ip128(ulong.MaxValue, ulong.MaxValue)) },
        _ => null,
    };

    /// <summary>Match, no match, or unknown for a host name (Squid resolved it with DNS when it read the config).</summary>
    public AclMatch Match(Ip128 bits, IPAddress address, int major) => _form switch
    {
        Form.All => AclMatch.Match,
        Form.Interval => bits.CompareTo(_low) >= 0 && bits.CompareTo(_high) <= 0 ? AclMatch.Match : AclMatch.NoMatch,
        Form.IPv4Keyword when major >= 7 => bits.IsIPv4Mapped ? AclMatch.Match : AclMatch.NoMatch,
        Form.IPv6Keyword when major >= 7 => bits.IsIPv4Mapped ? AclMatch.NoMatch : AclMatch.Match,
        Form.Squid or Form.IPv4Keyword or Form.IPv6Keyword => _address.Contains(address) ? AclMatch.Match : AclMatch.NoMatch,
        _ => AclMatch.Unknown,
    };
}
