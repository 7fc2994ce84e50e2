using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;

namespace ProxyConnect.Values;

/// <summary>
/// One value of Squid's <c>src</c>, <c>dst</c> or <c>localip</c> ACL: a keyword (<c>all</c>, <c>ipv4</c>, <c>ipv6</c>),
/// an IPv4 or IPv6 address, a CIDR (<c>10.0.0.0/24</c>), an IPv4 address with a dotted netmask, or a range
/// (<c>a-b</c>, <c>a-b/mask</c>). Immutable.
/// </summary>
/// <remarks>
/// <see cref="TryParse"/> is strict and meant for values we write; <see cref="TryParseAsSquid"/> accepts what
/// Squid 5.7 accepts (inet_aton IPv4 forms, host names, reversed ranges) and is meant for reading existing files.
/// Matching follows Squid: IPv4 is compared as IPv4-mapped IPv6, and the mask is applied to both the
/// bounds and the tested address.
/// </remarks>
public sealed class SquidAddress
{
    private static readonly IPAddress AllLast = IpBits.AllOnes.ToIPAddress(false);

    private readonly SquidAddressMatch _mode;
    private readonly IpBits _low;
    private readonly IpBits _high;
    private readonly IpBits _mask;

    // A single address makes its IPAddress only when asked: a large config has thousands and lint reads none.
    private readonly bool? _singleAddressIsV4;
    private IPAddress? _first;
    private IPAddress? _last;

    internal SquidAddress(
        string text,
        SquidAddressKind kind,
        AddressFamily family,
        SquidAddressMatch mode,
        IpBits low,
        IpBits high,
        IpBits mask,
        IPAddress? first,
        IPAddress? last,
        int? prefixLength,
        IReadOnlyList<(SquidAddressWarning Code, string Message)> warnings,
        string? canonicalText,
        string? squidReading,
        bool? singleAddressIsV4 = null)
    {
        _singleAddressIsV4 = singleAddressIsV4;
        Text = text;
        Kind = kind;
        AddressFamily = family;
        _mode = mode;
        _low = low;
        _high = high;
        _mask = mask;
        _first = first;
        _last = last;
        PrefixLength = prefixLength;
        var messages = warnings.Count == 0 ? Array.Empty<string>() : new string[warnings.Count];
        var codes = warnings.Count == 0 ? Array.Empty<SquidAddressWarning>() : new SquidAddressWarning[warnings.Count];
        for (var i = 0; i < warnings.Count; i++)
        {
            codes[i] = warnings[i].Code;
            messages[i] = warnings[i].Message;
        }

        Warnings = messages;
        WarningCodes = codes;
        CanonicalText = canonicalText;
        SquidReading = squidReading;
    }

    /// <summary>The value exactly as given.</summary>
    public string Text { get; }

    /// <summary>The written form of the value.</summary>
    public SquidAddressKind Kind { get; }

    /// <summary>
    /// <see cref="AddressFamily.InterNetwork"/> or <see cref="AddressFamily.InterNetworkV6"/>;
    /// <see cref="AddressFamily.Unspecified"/> for <c>all</c> (and the legacy forms Squid turns into <c>all</c>) and for host names.
    /// </summary>
    public AddressFamily AddressFamily { get; }

    /// <summary>
    /// The lowest address of the matched set. For <c>all</c> and <c>ipv6</c> it is <c>::</c> (IPv4 counts as IPv4-mapped IPv6);
    /// for <c>ipv4</c> it is 0.0.0.0; <see langword="null"/> for a <see cref="SquidAddressKind.HostName"/>.
    /// </summary>
    public IPAddress? First => _first ?? (_singleAddressIsV4 is { } v4 ? _first = _low.ToIPAddress(v4) : null);

    /// <summary>
    /// The highest address of the matched set. For <c>all</c> and <c>ipv6</c> it is <c>ffff:…:ffff</c>;
    /// for <c>ipv4</c> it is 255.255.255.255; <see langword="null"/> for a <see cref="SquidAddressKind.HostName"/>.
    /// A reversed range matches only its first address, so <see cref="Last"/> equals <see cref="First"/>.
    /// </summary>
    public IPAddress? Last => _last ?? (_singleAddressIsV4 is not null ? _last = First : null);

    /// <summary>
    /// The prefix length in the value's own family (0 to 32 for IPv4, 0 to 128 for IPv6): the mask of a CIDR, dotted mask
    /// or masked range, 32 or 128 for a single address; <see langword="null"/> for keywords, host names and ranges without a mask.
    /// </summary>
    public int? PrefixLength { get; }

    /// <summary>
    /// What Squid would warn about, or what makes the value suspicious: host bits under the mask, deprecated dotted masks,
    /// reversed ranges, legacy forms of <c>all</c>, inet_aton notations and host names. Empty for a clean value.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The code of each of <see cref="Warnings"/>, in the same order.</summary>
    internal IReadOnlyList<SquidAddressWarning> WarningCodes { get; }

    /// <summary>
    /// The text a code fix would offer (dotted mask as CIDR, host bits cleared, range put in order, legacy <c>all</c> forms as
    /// <c>all</c>, inet_aton notation as a dotted quad); <see langword="null"/> when the value is already canonical.
    /// </summary>
    public string? CanonicalText { get; }

    /// <summary>
    /// True when Squid reads the text as something other than it seems: an inet_aton IPv4 notation such as <c>010.0.0.1</c>
    /// (octal, 8.0.0.1), <c>10.1</c> (10.0.0.1) or <c>0x0a.0.0.1</c>. Only <see cref="TryParseAsSquid"/> produces such values.
    /// </summary>
    public bool LooksDifferentToSquid => SquidReading is not null;

    /// <summary>The value with its IPv4 parts as Squid reads them (such as <c>8.0.0.1</c>), when <see cref="LooksDifferentToSquid"/>.</summary>
    internal string? SquidReading { get; }

    /// <summary>Parses a value strictly (see <see cref="TryParse"/>).</summary>
    /// <param name="text">The value.</param>
    /// <returns>The parsed value.</returns>
    /// <exception cref="FormatException">The text is not a valid value; the message says what is wrong, where, and what is expected.</exception>
    public static SquidAddress Parse(string text)
    {
        if (!TryParse(text, out var address, out var error) || address is null)
        {
            throw new FormatException(error);
        }

        return address;
    }

    /// <summary>
    /// Parses a value we are about to write, strictly: IPv4 only as a dotted quad of decimal octets without leading zeros,
    /// IPv6 without brackets or scope, CIDR prefix lengths within the family, dotted IPv4 masks that are contiguous, ranges of
    /// one family; no host names. Host bits, dotted masks and reversed ranges are accepted with <see cref="Warnings"/>.
    /// </summary>
    /// <param name="text">The value, such as <c>10.0.0.0/24</c>.</param>
    /// <param name="address">The parsed value, or <see langword="null"/>.</param>
    /// <param name="error">
    /// What is wrong, where and what is expected, such as <c>'10.0.0.300' is not a valid IPv4 address: octet 4 (300) is larger than 255. Expected …</c>;
    /// <see langword="null"/> on success.
    /// </param>
    /// <returns><see langword="true"/> on success.</returns>
    public static bool TryParse(string? text, out SquidAddress? address, out string? error) =>
        SquidAddressParser.TryParse(text, false, out address, out error);

    /// <summary>
    /// Parses a value as Squid 5.7 reads it: bare IPv4 by inet_aton rules (<c>10.1</c>, <c>167772161</c>, octal <c>010.0.0.1</c>,
    /// hexadecimal <c>0x0a.0.0.1</c>), parts of a CIDR or range in decimal or octal, reversed ranges, host bits, host names
    /// (as <see cref="SquidAddressKind.HostName"/>, never matched here). Errors are what Squid rejects: bad addresses, brackets,
    /// prefix lengths too long for the family.
    /// </summary>
    /// <param name="text">The value from a squid.conf file.</param>
    /// <param name="address">The parsed value, or <see langword="null"/>.</param>
    /// <param name="error">Why Squid would reject the value, or <see langword="null"/> on success.</param>
    /// <returns><see langword="true"/> when Squid accepts the value.</returns>
    public static bool TryParseAsSquid(string? text, out SquidAddress? address, out string? error) =>
        SquidAddressParser.TryParse(text, true, out address, out error);

    /// <summary>
    /// Whether <paramref name="text"/> is rejected by <see cref="TryParse"/> but read by Squid as a different-looking
    /// IPv4 address, such as <c>010.0.0.1</c> (octal: 8.0.0.1), <c>10.1</c> or <c>0x0a.0.0.1</c> (both 10.0.0.1).
    /// Lets an analyzer warn instead of failing.
    /// </summary>
    /// <param name="text">The value.</param>
    /// <param name="meaning">What Squid reads, such as <c>8.0.0.1</c> or <c>8.0.0.0/8</c>; <see langword="null"/> when the result is false.</param>
    /// <returns><see langword="true"/> for an ambiguous legacy IPv4 notation.</returns>
    public static bool IsAmbiguousLegacyIPv4(string? text, out string? meaning)
    {
        meaning = null;
        if (TryParse(text, out _, out _))
        {
            return false;
        }

        if (!TryParseAsSquid(text, out var lenient, out _) || lenient?.SquidReading is null)
        {
            return false;
        }

        meaning = lenient.SquidReading;
        return true;
    }

    /// <summary>
    /// Whether Squid would match <paramref name="address"/> against this value. IPv4 and IPv4-mapped IPv6 addresses are the
    /// same address, as in Squid. Always false for a <see cref="SquidAddressKind.HostName"/>.
    /// </summary>
    /// <param name="address">The client (or destination) address.</param>
    /// <returns><see langword="true"/> when the value matches.</returns>
    public bool Contains(IPAddress address)
    {
        if (address is null)
        {
            throw new ArgumentNullException(nameof(address));
        }

        var bits = IpBits.FromAddress(address);
        switch (_mode)
        {
            case SquidAddressMatch.All:
                return true;
            case SquidAddressMatch.IPv4:
                // Squid builds 'ipv4' as ::/96 over the unset address, while it stores an IPv4 client as ::ffff:a.b.c.d:
                // so the keyword never matches an IPv4 client (seen with Squid 5.7), only IPv4-compatible ::/96.
                return bits.High == 0 && (bits.Low >> 32) == 0;
            case SquidAddressMatch.IPv6:
                return IsSquidIPv6Unicast(bits);
            case SquidAddressMatch.None:
                return false;
            default:
                var masked = bits & _mask;
                return (masked >= _low && masked <= _high) || masked == _low;
        }
    }

    /// <summary>Returns <see cref="Text"/>.</summary>
    /// <returns>The value exactly as given.</returns>
    public override string ToString() => Text;

    internal static SquidAddress Keyword(string text, SquidAddressKind kind, SquidAddressMatch mode, IReadOnlyList<(SquidAddressWarning Code, string Message)> warnings, string? canonical)
    {
        switch (mode)
        {
            case SquidAddressMatch.IPv4:
                return new SquidAddress(text, kind, AddressFamily.InterNetwork, mode, default, default, default,
                    IPAddress.Any, IPAddress.Broadcast, null, warnings, canonical, null);
            case SquidAddressMatch.IPv6:
                return new SquidAddress(text, kind, AddressFamily.InterNetworkV6, mode, default, default, default,
                    IPAddress.IPv6Any, AllLast, null, warnings, canonical, null);
            case SquidAddressMatch.None:
                return new SquidAddress(text, kind, AddressFamily.Unspecified, mode, default, default, default,
                    null, null, null, warnings, canonical, null);
            default:
                return new SquidAddress(text, kind, AddressFamily.Unspecified, SquidAddressMatch.All, default, default, default,
                    IPAddress.IPv6Any, AllLast, null, warnings, canonical, null);
        }
    }

    /// <summary>Squid's <c>ipv6</c> keyword: the unicast blocks 1000::/4 to E000::/4, FC00::/7 and FE80::/10; not
    /// <c>::1</c>, not IPv4-mapped, not multicast.</summary>
    private static bool IsSquidIPv6Unicast(IpBits bits)
    {
        var first = (int)(bits.High >> 56);
        var second = (int)(bits.High >> 48) & 0xFF;
        var nibble = first >> 4;
        return (nibble >= 0x1 && nibble <= 0xE) || first == 0xFC || first == 0xFD || (first == 0xFE && (second & 0xC0) == 0x80);
    }
}
