using System.Net;
using System.Net.Sockets;
using ProxyConnect.Values;

namespace ProxyConnect.Tests.Values;

public class SquidAddressParseTests
{
    private const string Expected = "Expected an IPv4 or IPv6 address, a CIDR such as 10.0.0.0/24, a range such as 10.0.0.1-10.0.0.9, or all/ipv4/ipv6.";

    [Theory]
    [InlineData("all", SquidAddressKind.Keyword)]
    [InlineData("ipv4", SquidAddressKind.Keyword)]
    [InlineData("ipv6", SquidAddressKind.Keyword)]
    [InlineData("10.0.0.1", SquidAddressKind.Address)]
    [InlineData("0.0.0.0", SquidAddressKind.Address)]
    [InlineData("255.255.255.255", SquidAddressKind.Address)]
    [InlineData("::1", SquidAddressKind.Address)]
    [InlineData("2001:db8::1", SquidAddressKind.Address)]
    [InlineData("::ffff:10.0.0.1", SquidAddressKind.Address)]
    [InlineData("10.0.0.0/24", SquidAddressKind.Cidr)]
    [InlineData("10.0.0.1/32", SquidAddressKind.Cidr)]
    [InlineData("fe80::/10", SquidAddressKind.Cidr)]
    [InlineData("::/0", SquidAddressKind.Cidr)]
    [InlineData("10.0.0.0/255.255.255.0", SquidAddressKind.DottedMask)]
    [InlineData("10.0.0.1-10.0.0.9", SquidAddressKind.Range)]
    [InlineData("10.0.0.0-10.0.9.0/24", SquidAddressKind.Range)]
    [InlineData("2001:db8::1-2001:db8::ff", SquidAddressKind.Range)]
    public void Strict_accepts_the_forms_Squid_documents(string text, SquidAddressKind kind)
    {
        SquidAddress.TryParse(text, out var address, out var error).Should().BeTrue(error);
        error.Should().BeNull();
        address!.Kind.Should().Be(kind);
        address.Text.Should().Be(text);
        address.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("10.0.0.300", "'10.0.0.300' is not a valid IPv4 address: octet 4 (300) is larger than 255. " + Expected)]
    [InlineData("1.2.3", "'1.2.3' is not a valid IPv4 address: it has 3 octets; expected 4. " + Expected)]
    [InlineData("1.2.3.4.5", "'1.2.3.4.5' is not a valid IPv4 address: it has 5 octets; expected 4. " + Expected)]
    [InlineData("167772161", "'167772161' is not a valid IPv4 address: it has 1 octet; expected 4. " + Expected)]
    [InlineData("1..3.4", "'1..3.4' is not a valid IPv4 address: octet 2 is empty. " + Expected)]
    [InlineData("10.0.0.g", "'10.0.0.g' is not a valid IPv4 address: octet 4 ('g') is not a decimal number. " + Expected)]
    [InlineData("010.0.0.1", "'010.0.0.1' is not a valid IPv4 address: octet 1 (010) has a leading zero: Squid reads 010.0.0.1 as octal, i.e. 8.0.0.1; write 8.0.0.1, or 10.0.0.1 if you meant decimal. " + Expected)]
    [InlineData("10.0.0.08", "'10.0.0.08' is not a valid IPv4 address: octet 4 (08) has a leading zero: Squid reads such numbers as octal, and 08 is not a valid octal number; write 10.0.0.8 if you meant decimal. " + Expected)]
    [InlineData("::g", "'::g' is not a valid IPv6 address: character 3 ('g') is not allowed in an IPv6 address (hexadecimal digits, ':' and '.'). " + Expected)]
    [InlineData("1::2::3", "'1::2::3' is not a valid IPv6 address: '::' appears more than once. " + Expected)]
    [InlineData("2001:db8:12345::1", "'2001:db8:12345::1' is not a valid IPv6 address: group 3 (12345) has more than 4 hexadecimal digits. " + Expected)]
    [InlineData("1:2:3:4:5:6:7", "'1:2:3:4:5:6:7' is not a valid IPv6 address: it has 7 groups; expected 8, or fewer with '::'. " + Expected)]
    [InlineData("[::1]", "'[::1]' is not a valid address: brackets are not used in squid.conf ACL values; write ::1. " + Expected)]
    [InlineData("fe80::1%eth0", "'fe80::1%eth0' is not a valid address: a scope such as '%eth0' is not supported; write the address without it. " + Expected)]
    [InlineData("sensor.example.com", "'sensor.example.com' is not a valid address: host names are not accepted here (Squid resolves them once, when it reads the configuration). " + Expected)]
    [InlineData("ALL", "'ALL' is not a valid address: the keywords all, ipv4 and ipv6 are lowercase; write all. " + Expected)]
    [InlineData("10.0.0.1 # x", "'10.0.0.1 # x' is not a valid address: character 9 (space) is not allowed. " + Expected)]
    [InlineData("10.0.0.1\nhttp_access allow all", "'10.0.0.1\\nhttp_access allow all' is not a valid address: character 9 (line feed (U+000A)) is not allowed. " + Expected)]
    [InlineData("10.0.0.1#", "'10.0.0.1#' is not a valid address: character 9 ('#') is not allowed. " + Expected)]
    [InlineData("\"10.0.0.1\"", "'\"10.0.0.1\"' is not a valid address: character 1 ('\"') is not allowed. " + Expected)]
    [InlineData("", "the address is empty. " + Expected)]
    [InlineData(null, "the address is empty. " + Expected)]
    [InlineData("10.0.0.0/33", "'10.0.0.0/33' is not a valid CIDR: the prefix length 33 is larger than 32, the longest for IPv4. " + Expected)]
    [InlineData("::/129", "'::/129' is not a valid CIDR: the prefix length 129 is larger than 128, the longest for IPv6. " + Expected)]
    [InlineData("10.0.0.0/024", "'10.0.0.0/024' is not a valid CIDR: the prefix length 024 has a leading zero; write 24. " + Expected)]
    [InlineData("10.0.0.0/", "'10.0.0.0/' is not a valid CIDR: the prefix length after '/' is missing. " + Expected)]
    [InlineData("10.0.0.0/8/8", "'10.0.0.0/8/8' is not a valid address: it has more than one '/'. " + Expected)]
    [InlineData("10.0.0.300/24", "'10.0.0.300/24' is not a valid CIDR: in the address '10.0.0.300', octet 4 (300) is larger than 255. " + Expected)]
    [InlineData("10.0.0.0/255.0.255.0", "'10.0.0.0/255.0.255.0' is not a valid address with netmask: the netmask 255.0.255.0 is not contiguous; write a prefix length such as /24. " + Expected)]
    [InlineData("10.0.0.0/255.255.256.0", "'10.0.0.0/255.255.256.0' is not a valid address with netmask: in the netmask '255.255.256.0', octet 3 (256) is larger than 255. " + Expected)]
    [InlineData("2001:db8::/ffff::", "'2001:db8::/ffff::' is not a valid CIDR: 'ffff::' after '/' is neither a prefix length nor an IPv4 netmask. " + Expected)]
    [InlineData("2001:db8::/255.255.0.0", "'2001:db8::/255.255.0.0' is not a valid address with netmask: an IPv6 address takes a prefix length from 0 to 128, not a netmask. " + Expected)]
    [InlineData("::ffff:10.0.0.0/104", "'::ffff:10.0.0.0/104' is not a valid CIDR: in the address '::ffff:10.0.0.0', character 10 ('.') is not allowed: Squid reads the IPv6 addresses of a CIDR or range with hexadecimal digits and ':' only. " + Expected)]
    [InlineData("10.0.0.1-10.0.0.300", "'10.0.0.1-10.0.0.300' is not a valid range: in the last address '10.0.0.300', octet 4 (300) is larger than 255. " + Expected)]
    [InlineData("10.0.0.1-", "'10.0.0.1-' is not a valid range: the last address is missing after '-'. " + Expected)]
    [InlineData("-10.0.0.1", "'-10.0.0.1' is not a valid range: the first address is missing before '-'. " + Expected)]
    [InlineData("10.0.0.1-10.0.0.2-10.0.0.3", "'10.0.0.1-10.0.0.2-10.0.0.3' is not a valid range: it has more than one '-'. " + Expected)]
    [InlineData("10.0.0.1-::1", "'10.0.0.1-::1' is not a valid range: the first address is IPv4 and the last is IPv6. " + Expected)]
    [InlineData("10.1", "'10.1' is not a valid IPv4 address: it has 2 octets; expected 4. " + Expected)]
    [InlineData("0x0a.0.0.1", "'0x0a.0.0.1' is not a valid IPv4 address: octet 1 ('0x0a') is not a decimal number. " + Expected)]
    [InlineData("0/0", "'0/0' is not a valid CIDR: in the address '0', it has 1 octet; expected 4. " + Expected)]
    [InlineData("a_b", "'a_b' is not a valid address: character 2 ('_') is not allowed. " + Expected)]
    public void Strict_rejects_with_exact_messages(string? text, string expected)
    {
        SquidAddress.TryParse(text, out var address, out var error).Should().BeFalse();
        address.Should().BeNull();
        error.Should().Be(expected);
    }

    [Fact]
    public void Parse_throws_a_FormatException_with_the_strict_message()
    {
        var act = () => SquidAddress.Parse("10.0.0.300");
        act.Should().Throw<FormatException>().WithMessage("'10.0.0.300' is not a valid IPv4 address: octet 4 (300) is larger than 255. " + Expected);
        SquidAddress.Parse("10.0.0.0/8").PrefixLength.Should().Be(8);
    }

    [Theory]
    [InlineData("10.1", "10.0.0.1")]
    [InlineData("167772161", "10.0.0.1")]
    [InlineData("010.0.0.1", "8.0.0.1")]
    [InlineData("0x0a.0.0.1", "10.0.0.1")]
    [InlineData("0X0A.0.0.1", "10.0.0.1")]
    [InlineData("10.0.1", "10.0.0.1")]
    [InlineData("10.65535", "10.0.255.255")]
    [InlineData("0", "0.0.0.0")]
    [InlineData("4294967295", "255.255.255.255")]
    [InlineData("0377.0.0.1", "255.0.0.1")]
    public void Lenient_reads_bare_IPv4_by_inet_aton_rules(string text, string meaning)
    {
        SquidAddress.TryParse(text, out _, out _).Should().BeFalse();
        SquidAddress.TryParseAsSquid(text, out var address, out var error).Should().BeTrue(error);
        address!.Kind.Should().Be(SquidAddressKind.Address);
        address.AddressFamily.Should().Be(AddressFamily.InterNetwork);
        address.First.Should().Be(IPAddress.Parse(meaning));
        address.Last.Should().Be(IPAddress.Parse(meaning));
        address.Contains(IPAddress.Parse(meaning)).Should().BeTrue();
        address.LooksDifferentToSquid.Should().BeTrue();
        address.CanonicalText.Should().Be(meaning);
        address.Warnings.Should().ContainSingle().Which.Should().StartWith(text + ": Squid reads this as " + meaning + " (inet_aton rules");

        SquidAddress.IsAmbiguousLegacyIPv4(text, out var read).Should().BeTrue();
        read.Should().Be(meaning);
    }

    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData("10.0.0.300")]
    [InlineData("example.com")]
    [InlineData("all")]
    [InlineData("08.0.0.1")]
    [InlineData(null)]
    public void IsAmbiguousLegacyIPv4_is_false_for_clean_or_invalid_values(string? text)
    {
        SquidAddress.IsAmbiguousLegacyIPv4(text, out var meaning).Should().BeFalse();
        meaning.Should().BeNull();
    }

    [Fact]
    public void IsAmbiguousLegacyIPv4_covers_CIDR_and_range_parts()
    {
        SquidAddress.IsAmbiguousLegacyIPv4("010.0.0.0/8", out var meaning).Should().BeTrue();
        meaning.Should().Be("8.0.0.0/8");
        SquidAddress.IsAmbiguousLegacyIPv4("10.0.0.1-10.0.0.010", out meaning).Should().BeTrue();
        meaning.Should().Be("10.0.0.1-10.0.0.8");
    }

    [Theory]
    [InlineData("10.0.0.300", "'10.0.0.300' is not a valid IPv4 address: octet 4 (300) is larger than 255. " + Expected)]
    [InlineData("1.2.3.4.5", "'1.2.3.4.5' is not a valid IPv4 address: it has 5 octets; expected 4. " + Expected)]
    [InlineData("[2001:db8::1]", "'[2001:db8::1]' is not a valid address: brackets are not used in squid.conf ACL values; write 2001:db8::1. " + Expected)]
    [InlineData("10.0.0.0/33", "'10.0.0.0/33' is not a valid CIDR: the prefix length 33 is larger than 32, the longest for IPv4. " + Expected)]
    [InlineData("08.0.0.1", "'08.0.0.1' is not a valid IPv4 address: octet 1 (08) has a leading zero: Squid reads such numbers as octal, and 08 is not a valid octal number; write 8.0.0.1 if you meant decimal. " + Expected)]
    [InlineData("0x0a.0.0.0/8", "'0x0a.0.0.0/8' is not a valid CIDR: in the address '0x0a.0.0.0', octet 1 ('0x0a') is not a decimal number. " + Expected)]
    [InlineData("host_name", "'host_name' is not a valid address or host name: character 5 ('_') is not allowed in a host name (letters, digits, '-' and '.'). " + Expected)]
    public void Lenient_rejects_what_Squid_rejects(string text, string expected)
    {
        SquidAddress.TryParseAsSquid(text, out var address, out var error).Should().BeFalse();
        address.Should().BeNull();
        error.Should().Be(expected);
    }

    [Theory]
    [InlineData("sensor.example.com")]
    [InlineData("localhost")]
    [InlineData("my-host")]
    [InlineData("ALL")]
    public void Lenient_accepts_host_names_but_never_matches_them(string text)
    {
        SquidAddress.TryParse(text, out _, out _).Should().BeFalse();
        SquidAddress.TryParseAsSquid(text, out var address, out var error).Should().BeTrue(error);
        address!.Kind.Should().Be(SquidAddressKind.HostName);
        address.AddressFamily.Should().Be(AddressFamily.Unspecified);
        address.First.Should().BeNull();
        address.Last.Should().BeNull();
        address.Contains(IPAddress.Loopback).Should().BeFalse();
        address.Contains(IPAddress.Parse("10.0.0.1")).Should().BeFalse();
        address.Warnings.Should().Contain(text + ": host names are resolved by Squid at parse time; not evaluated here");
    }

    [Fact]
    public void Lenient_uppercase_keyword_is_a_host_name_with_the_keyword_as_fix()
    {
        SquidAddress.TryParseAsSquid("ALL", out var address, out _).Should().BeTrue();
        address!.CanonicalText.Should().Be("all");
        address.Warnings[0].Should().Be("ALL: this is not the keyword all (Squid's keywords are case-sensitive); Squid resolves it as a host name");
    }

    [Theory]
    [InlineData("010.0.0.0/8", "8.0.0.0", "8.255.255.255")]
    [InlineData("10.0.0.1-10.0.0.010", "10.0.0.1", "10.0.0.8")]
    [InlineData("10.0.0.0/255.255.0", "10.0.0.0", "10.0.255.255")]
    public void Lenient_reads_CIDR_and_range_parts_in_decimal_or_octal(string text, string first, string last)
    {
        SquidAddress.TryParseAsSquid(text, out var address, out var error).Should().BeTrue(error);
        address!.First.Should().Be(IPAddress.Parse(first));
        address.Last.Should().Be(IPAddress.Parse(last));
    }

    [Fact]
    public void Lenient_accepts_a_slash_without_mask_as_a_single_address()
    {
        SquidAddress.TryParseAsSquid("10.0.0.1/", out var address, out _).Should().BeTrue();
        address!.Kind.Should().Be(SquidAddressKind.Address);
        address.Contains(IPAddress.Parse("10.0.0.1")).Should().BeTrue();
        address.Contains(IPAddress.Parse("10.0.0.2")).Should().BeFalse();
        address.CanonicalText.Should().Be("10.0.0.1");
        address.Warnings.Should().Equal("10.0.0.1/: '/' without a mask; Squid matches the single address; write 10.0.0.1");
    }

    [Fact]
    public void Lenient_non_contiguous_netmask_is_taken_as_its_leading_ones()
    {
        SquidAddress.TryParseAsSquid("10.0.0.0/255.0.255.0", out var address, out _).Should().BeTrue();
        address!.PrefixLength.Should().Be(8);
        address.CanonicalText.Should().Be("10.0.0.0/8");
        address.Warnings.Should().Contain("10.0.0.0/255.0.255.0: the netmask 255.0.255.0 is not contiguous; Squid assumes /8");
    }

    [Fact]
    public void Values_that_parse_strictly_parse_the_same_leniently()
    {
        foreach (var text in new[] { "all", "10.0.0.1", "10.0.0.5/24", "10.0.0.9-10.0.0.1", "2001:db8::/32", "10.0.0.0/255.255.255.0" })
        {
            SquidAddress.TryParse(text, out var strict, out _).Should().BeTrue();
            SquidAddress.TryParseAsSquid(text, out var lenient, out _).Should().BeTrue();
            lenient!.Kind.Should().Be(strict!.Kind);
            lenient.First.Should().Be(strict.First);
            lenient.Last.Should().Be(strict.Last);
            lenient.CanonicalText.Should().Be(strict.CanonicalText);
            lenient.Warnings.Should().Equal(strict.Warnings);
            strict.LooksDifferentToSquid.Should().BeFalse();
        }
    }
}
