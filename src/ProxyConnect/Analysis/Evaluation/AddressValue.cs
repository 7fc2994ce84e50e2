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
    }

    public string Text => _address.Text;

    /// <summary>The value is <c>all</c>.</summary>
    public bool IsAll => _form == Form.All;

    /// <summary>The addresses as one interval, for clean values; <see langword="null"/> for host names and unusual forms.</summary>
    public (Ip128 Low, Ip128 High)? Interval => _form == Form.Interval ? (_low, _high) : null;

    /// <summary>Match, no match, or unknown for a host name (Squid resolved it with DNS when it read the config).</summary>
    public AclMatch Match(Ip128 bits, IPAddress address) => _form switch
    {
        Form.All => AclMatch.Match,
        Form.Interval => bits.CompareTo(_low) >= 0 && bits.CompareTo(_high) <= 0 ? AclMatch.Match : AclMatch.NoMatch,
        Form.Squid => _address.Contains(address) ? AclMatch.Match : AclMatch.NoMatch,
        _ => AclMatch.Unknown,
    };
}
