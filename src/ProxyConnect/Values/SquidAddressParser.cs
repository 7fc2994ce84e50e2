using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Sockets;

namespace ProxyConnect.Values;

/// <summary>The two parsers behind <see cref="SquidAddress"/>: strict (values we write) and lenient (what Squid 5.7 reads).</summary>
internal static class SquidAddressParser
{
    /// <summary>The end of every error message: what is accepted.</summary>
    internal const string Expected =
        "Expected an IPv4 or IPv6 address, a CIDR such as 10.0.0.0/24, a range such as 10.0.0.1-10.0.0.9, or all/ipv4/ipv6.";

    /// <summary>Texts Squid replaces by <c>all</c> (with an ERROR in its log).</summary>
    private static readonly string[] LegacyAll = { "0/0", "0.0.0.0/0", "0.0.0.0/0.0.0.0", "0.0.0.0-255.255.255.255", "0.0.0.0-0.0.0.0/0" };

    private static readonly (SquidAddressWarning, string)[] NoWarnings = Array.Empty<(SquidAddressWarning, string)>();

    internal static bool TryParse(string? text, bool lenient, out SquidAddress? address, out string? error)
    {
        address = null;
        if (text is null || text.Length == 0)
        {
            error = "the address is empty. " + Expected;
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c) || char.IsSurrogate(c) || c == '#' || c == '"' || c == '\'')
            {
                error = ValueText.Quote(text) + " is not a valid address: character " + (i + 1) + " (" + ValueText.Describe(c) + ") is not allowed. " + Expected;
                return false;
            }
        }

        switch (text)
        {
            case "all":
                return Done(SquidAddress.Keyword(text, SquidAddressKind.Keyword, SquidAddressMatch.All, NoWarnings, null), out address, out error);
            case "ipv4":
                return Done(SquidAddress.Keyword(text, SquidAddressKind.Keyword, SquidAddressMatch.IPv4, NoWarnings, null), out address, out error);
            case "ipv6":
                return Done(SquidAddress.Keyword(text, SquidAddressKind.Keyword, SquidAddressMatch.IPv6, NoWarnings, null), out address, out error);
        }

        // Only a text of three or four characters can lower to a keyword (invariant lowering keeps the length).
        var lower = text.Length is 3 or 4 ? text.ToLowerInvariant() : text;
        if (lower == "all" || lower == "ipv4" || lower == "ipv6")
        {
            if (!lenient)
            {
                error = ValueText.Quote(text) + " is not a valid address: the keywords all, ipv4 and ipv6 are lowercase; write " + lower + ". " + Expected;
                return false;
            }

            var warnings = new[]
            {
                (SquidAddressWarning.KeywordCase, text + ": this is not the keyword " + lower + " (Squid's keywords are case-sensitive); Squid resolves it as a host name"),
                HostNameWarning(text),
            };
            return Done(SquidAddress.Keyword(text, SquidAddressKind.HostName, SquidAddressMatch.None, warnings, lower), out address, out error);
        }

        if (text.IndexOf('[') >= 0 || text.IndexOf(']') >= 0)
        {
            error = ValueText.Quote(text) + " is not a valid address: brackets are not used in squid.conf ACL values; write " + text.Trim('[', ']') + ". " + Expected;
            return false;
        }

        var zone = text.IndexOf('%');
        if (zone > 0 && lenient && text.IndexOf('/') < 0 && text.IndexOf(':') >= 0 && Ipv6Text.TryParse(text.Substring(0, zone), true, out var zoned, out _) && zoned is not null)
        {
            // Squid hands the value to getaddrinfo(), which takes a zone; matching ignores it.
            var bits = IpBits.FromAddress(zoned);
            var ip = bits.ToIPAddress(false);
            address = new SquidAddress(text, SquidAddressKind.Address, AddressFamily.InterNetworkV6, SquidAddressMatch.Bits, bits, bits, IpBits.AllOnes, ip, ip, 128,
                new[] { (SquidAddressWarning.Zone, text + ": Squid resolves the zone and the evaluator ignores it; write " + text.Substring(0, zone) + " unless the zone matters") }, text.Substring(0, zone), null);
            error = null;
            return true;
        }

        if (zone >= 0)
        {
            error = ValueText.Quote(text) + " is not a valid address: a scope such as '%eth0' is not supported; write the address without it. " + Expected;
            return false;
        }

        var slash = text.IndexOf('/');
        if (slash >= 0 && text.IndexOf('/', slash + 1) >= 0)
        {
            error = ValueText.Quote(text) + " is not a valid address: it has more than one '/'. " + Expected;
            return false;
        }

        var addrPart = slash < 0 ? text : text.Substring(0, slash);
        var maskText = slash < 0 ? null : text.Substring(slash + 1);
        var dash = addrPart.IndexOf('-');
        var isRange = dash >= 0 && (maskText is not null || AllAddressChars(addrPart));
        if (!isRange && maskText is null)
        {
            return ParseBare(text, lenient, out address, out error);
        }

        return ParseNetwork(text, addrPart, maskText, isRange ? dash : -1, lenient, out address, out error);
    }

    private static bool ParseBare(string text, bool lenient, out SquidAddress? address, out string? error)
    {
        address = null;
        if (text.IndexOf(':') >= 0)
        {
            if (!Ipv6Text.TryParse(text, true, out var v6, out var detail6) || v6 is null)
            {
                error = ValueText.Quote(text) + " is not a valid IPv6 address: " + detail6 + ". " + Expected;
                return false;
            }

            var bits = IpBits.FromAddress(v6);
            return Done(Single(text, bits, false, null), out address, out error);
        }

        if (Ipv4Text.TryParseStrict(text, out var v4, out var detail))
        {
            return Done(Single(text, IpBits.FromIPv4(v4), true, null), out address, out error);
        }

        if (lenient && Ipv4Text.TryParseInetAton(text, true, out var legacy))
        {
            return Done(Single(text, IpBits.FromIPv4(legacy), true, Ipv4Text.Format(legacy)), out address, out error);
        }

        if (Ipv4Text.LooksLikeIPv4(text))
        {
            error = ValueText.Quote(text) + " is not a valid IPv4 address: " + detail + ". " + Expected;
            return false;
        }

        if (HostOrAddress.IsHostName(text, out var hostDetail))
        {
            if (lenient)
            {
                return Done(SquidAddress.Keyword(text, SquidAddressKind.HostName, SquidAddressMatch.None, new[] { HostNameWarning(text) }, null), out address, out error);
            }

            error = ValueText.Quote(text) + " is not a valid address: host names are not accepted here (Squid resolves them once, when it reads the configuration). " + Expected;
            return false;
        }

        error = ValueText.Quote(text) + " is not a valid address" + (lenient ? " or host name: " + hostDetail : ": " + FirstBadCharacter(text, hostDetail)) + ". " + Expected;
        return false;
    }

    private static bool ParseNetwork(string text, string addrPart, string? maskText, int dash, bool lenient, out SquidAddress? address, out string? error)
    {
        address = null;
        var isRange = dash >= 0;
        var kindWord = isRange ? "range" : (maskText is not null && maskText.IndexOf('.') >= 0 ? "address with netmask" : "CIDR");
        var prefixMessage = ValueText.Quote(text) + " is not a valid " + kindWord + ": ";
        bool Fail(string detail, out string? err)
        {
            err = prefixMessage + detail + ". " + Expected;
            return false;
        }

        var aText = isRange ? addrPart.Substring(0, dash) : addrPart;
        var bText = isRange ? addrPart.Substring(dash + 1) : null;
        if (bText is not null && bText.IndexOf('-') >= 0)
        {
            return Fail("it has more than one '-'", out error);
        }

        if (aText.Length == 0)
        {
            return Fail(isRange ? "the first address is missing before '-'" : "the address is missing before '/'", out error);
        }

        if (bText is not null && bText.Length == 0)
        {
            return Fail("the last address is missing after '-'", out error);
        }

        var aName = isRange ? "the first address" : "the address";
        if (!TryParsePart(aText, lenient, out var a, out var aIsV4, out var aReading, out var aDetail))
        {
            return Fail("in " + aName + " " + ValueText.Quote(aText) + ", " + aDetail, out error);
        }

        var b = a;
        string? bReading = null;
        if (bText is not null)
        {
            if (!TryParsePart(bText, lenient, out b, out var bIsV4, out bReading, out var bDetail))
            {
                return Fail("in the last address " + ValueText.Quote(bText) + ", " + bDetail, out error);
            }

            if (aIsV4 != bIsV4)
            {
                return Fail(aIsV4 ? "the first address is IPv4 and the last is IPv6" : "the first address is IPv6 and the last is IPv4", out error);
            }
        }

        var full = aIsV4 ? 32 : 128;
        var family = aIsV4 ? "IPv4" : "IPv6";
        var prefix = full;
        var hasMask = maskText is not null;
        var dotted = false;
        var emptyMask = false;
        var warnings = new List<(SquidAddressWarning, string)>();
        if (maskText is not null)
        {
            if (maskText.Length == 0)
            {
                if (!lenient)
                {
                    return Fail("the prefix length after '/' is missing", out error);
                }

                emptyMask = true;
                hasMask = false;
            }
            else if (ValueText.AllDigits(maskText))
            {
                var trimmed = maskText.TrimStart('0');
                if (trimmed.Length == 0)
                {
                    trimmed = "0";
                }

                if (!lenient && trimmed.Length != maskText.Length)
                {
                    return Fail("the prefix length " + maskText + " has a leading zero; write " + trimmed, out error);
                }

                prefix = trimmed.Length > 3 ? int.MaxValue : int.Parse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture);
                if (prefix > full)
                {
                    return Fail("the prefix length " + trimmed + " is larger than " + full + ", the longest for " + family, out error);
                }
            }
            else if (aIsV4 && AllDigitsAndDots(maskText))
            {
                uint maskValue;
                string? maskDetail = null;
                var ok = Ipv4Text.TryParseStrict(maskText, out maskValue, out maskDetail)
                         || (lenient && Ipv4Text.TryParseInetAton(maskText, false, out maskValue));
                if (!ok)
                {
                    return Fail("in the netmask " + ValueText.Quote(maskText) + ", " + maskDetail, out error);
                }

                var ones = 0;
                while (ones < 32 && (maskValue & (0x8000_0000u >> ones)) != 0)
                {
                    ones++;
                }

                var contiguous = maskValue == (ones == 0 ? 0u : uint.MaxValue << (32 - ones));
                if (!contiguous)
                {
                    if (!lenient)
                    {
                        return Fail("the netmask " + maskText + " is not contiguous; write a prefix length such as /24", out error);
                    }

                    warnings.Add((SquidAddressWarning.NonContiguousMask, text + ": the netmask " + maskText + " is not contiguous; Squid assumes /" + ones));
                }

                dotted = true;
                prefix = ones;
            }
            else if (!aIsV4 && maskText.IndexOf('.') >= 0)
            {
                return Fail("an IPv6 address takes a prefix length from 0 to 128, not a netmask", out error);
            }
            else
            {
                return Fail(ValueText.Quote(maskText) + " after '/' is neither a prefix length nor an IPv4 netmask", out error);
            }
        }

        var kind = isRange ? SquidAddressKind.Range : dotted ? SquidAddressKind.DottedMask : hasMask ? SquidAddressKind.Cidr : SquidAddressKind.Address;
        if (Array.IndexOf(LegacyAll, text) >= 0)
        {
            var legacyWarnings = new[] { (SquidAddressWarning.LegacyAll, text + ": Squid replaces this with 'all' (and logs an ERROR), which also matches IPv6; write all") };
            return Done(SquidAddress.Keyword(text, kind, SquidAddressMatch.All, legacyWarnings, "all"), out address, out error);
        }

        var mask = IpBits.PrefixMask(aIsV4 ? prefix + 96 : prefix);
        var lo = a & mask;
        var hi = b & mask;
        var hostBits = lo != a || hi != b;
        var reversed = isRange && lo > hi;

        string? reading = null;
        if (aReading is not null || bReading is not null)
        {
            reading = Ipv4Text.Format(a.IPv4) + (isRange ? "-" + Ipv4Text.Format(b.IPv4) : string.Empty) + (maskText is null ? string.Empty : "/" + maskText);
        }

        string? canonical = null;
        if (hostBits || dotted || reversed || reading is not null || emptyMask)
        {
            var loText = FormatPart(lo, aIsV4, aText, lo != a);
            var hiText = isRange ? FormatPart(hi, aIsV4, bText!, hi != b) : null;
            if (reversed)
            {
                var swap = loText;
                loText = hiText!;
                hiText = swap;
            }

            canonical = loText + (hiText is null ? string.Empty : "-" + hiText) + (hasMask ? "/" + prefix.ToString(CultureInfo.InvariantCulture) : string.Empty);
            if (aIsV4 && hasMask && prefix == 0)
            {
                // Every IPv4 address. No spelling says only that: 0.0.0.0/0 is a legacy form Squid turns into 'all'
                // (IPv6 too), and Squid's 'ipv4' keyword never matches an IPv4 client. So no fix is offered.
                canonical = null;
            }
        }

        if (reading is not null)
        {
            warnings.Insert(0, (SquidAddressWarning.LegacyIPv4Notation, text + ": Squid reads this as " + reading + " (inet_aton rules: a leading 0 means octal, 0x hexadecimal, and a short form fills the last part); write " + reading));
        }

        if (dotted)
        {
            warnings.Add((SquidAddressWarning.DottedMask, text + ": netmasks are deprecated in Squid" + WriteInstead(canonical)));
        }

        if (hostBits)
        {
            warnings.Add((SquidAddressWarning.HostBits, text + ": host bits are set; Squid warns and clears them, so this stands for the whole network" + WriteInstead(canonical)));
        }

        if (reversed)
        {
            warnings.Add((SquidAddressWarning.ReversedRange, text + ": the range is reversed; Squid accepts it without a warning but then matches only " + Format(lo, aIsV4) + WriteInstead(canonical)));
        }

        if (emptyMask)
        {
            warnings.Add((SquidAddressWarning.EmptyMask, text + ": '/' without a mask; Squid matches the single address" + WriteInstead(canonical)));
        }

        var first = lo.ToIPAddress(aIsV4);
        var last = reversed ? first : (hi | ~mask).ToIPAddress(aIsV4);
        var result = new SquidAddress(
            text,
            kind,
            aIsV4 ? AddressFamily.InterNetwork : AddressFamily.InterNetworkV6,
            SquidAddressMatch.Bits,
            lo,
            hi,
            mask,
            first,
            last,
            isRange && !hasMask ? null : prefix,
            warnings.ToArray(),
            canonical,
            reading);
        return Done(result, out address, out error);
    }

    /// <summary>One address inside a CIDR or range. IPv4 uses the characters 0-9 and '.', IPv6 0-9, A-F, a-f and ':'.</summary>
    private static bool TryParsePart(string part, bool lenient, out IpBits bits, out bool isV4, out string? reading, out string? detail)
    {
        bits = default;
        reading = null;
        isV4 = part.IndexOf(':') < 0;
        if (!isV4)
        {
            if (!Ipv6Text.TryParse(part, false, out var v6, out detail) || v6 is null)
            {
                return false;
            }

            bits = IpBits.FromAddress(v6);
            return true;
        }

        if (Ipv4Text.TryParseStrict(part, out var v4, out detail))
        {
            bits = IpBits.FromIPv4(v4);
            return true;
        }

        if (lenient && AllDigitsAndDots(part) && Ipv4Text.TryParseInetAton(part, false, out var legacy))
        {
            bits = IpBits.FromIPv4(legacy);
            reading = Ipv4Text.Format(legacy);
            detail = null;
            return true;
        }

        return false;
    }

    private static SquidAddress Single(string text, IpBits bits, bool isV4, string? reading)
    {
        var warnings = reading is null
            ? NoWarnings
            : new[] { (SquidAddressWarning.LegacyIPv4Notation, text + ": Squid reads this as " + reading + " (inet_aton rules: a leading 0 means octal, 0x hexadecimal, and a short form fills the last part); write " + reading) };
        return new SquidAddress(
            text,
            SquidAddressKind.Address,
            isV4 ? AddressFamily.InterNetwork : AddressFamily.InterNetworkV6,
            SquidAddressMatch.Bits,
            bits,
            bits,
            IpBits.AllOnes,
            null,
            null,
            isV4 ? 32 : 128,
            warnings,
            reading,
            reading,
            singleAddressIsV4: isV4);
    }

    private static (SquidAddressWarning, string) HostNameWarning(string text) =>
        (SquidAddressWarning.HostName, text + ": host names are resolved by Squid at parse time; not evaluated here");

    private static string Format(IpBits bits, bool isV4) => isV4 ? Ipv4Text.Format(bits.IPv4) : bits.ToIPAddress(false).ToString();

    private static string FormatPart(IpBits bits, bool isV4, string original, bool changed) =>
        isV4 ? Ipv4Text.Format(bits.IPv4) : changed ? bits.ToIPAddress(false).ToString() : original;

    private static bool AllDigitsAndDots(string text)
    {
        foreach (var c in text)
        {
            if (c != '.' && !ValueText.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether every character may appear in an IPv4 or IPv6 address or a range of them.</summary>
    private static bool AllAddressChars(string text)
    {
        foreach (var c in text)
        {
            var ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == ':' || c == '.' || c == '-';
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static string FirstBadCharacter(string text, string? fallback)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!ValueText.IsAsciiLetterOrDigit(c) && c != '.' && c != ':' && c != '-' && c != '/')
            {
                return "character " + (i + 1) + " (" + ValueText.Describe(c) + ") is not allowed";
            }
        }

        return fallback ?? "it is not an address";
    }

    private static bool Done(SquidAddress result, out SquidAddress? address, out string? error)
    {
        address = result;
        error = null;
        return true;
    }

    private static string WriteInstead(string? canonical) => canonical is null ? string.Empty : "; write " + canonical;
}
