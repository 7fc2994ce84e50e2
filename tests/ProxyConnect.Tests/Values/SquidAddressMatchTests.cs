using System.Net;
using System.Net.Sockets;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ProxyConnect.Values;

namespace ProxyConnect.Tests.Values;

public class SquidAddressMatchTests
{
    private static SquidAddress Strict(string text)
    {
        SquidAddress.TryParse(text, out var address, out var error).Should().BeTrue(error);
        return address!;
    }

    [Theory]
    [InlineData("10.0.0.0/24", "10.0.0.0", true)]
    [InlineData("10.0.0.0/24", "10.0.0.255", true)]
    [InlineData("10.0.0.0/24", "10.0.1.0", false)]
    [InlineData("10.0.0.0/24", "9.255.255.255", false)]
    [InlineData("10.0.0.0/24", "::ffff:10.0.0.7", true)]
    [InlineData("10.0.0.0/24", "::a00:7", false)]
    [InlineData("10.0.0.0/24", "2001:db8::1", false)]
    [InlineData("10.0.0.1", "10.0.0.1", true)]
    [InlineData("10.0.0.1", "10.0.0.2", false)]
    [InlineData("10.0.0.1", "::ffff:10.0.0.1", true)]
    [InlineData("0.0.0.0/8", "0.1.2.3", true)]
    [InlineData("10.0.0.1-10.0.0.9", "10.0.0.1", true)]
    [InlineData("10.0.0.1-10.0.0.9", "10.0.0.5", true)]
    [InlineData("10.0.0.1-10.0.0.9", "10.0.0.9", true)]
    [InlineData("10.0.0.1-10.0.0.9", "10.0.0.10", false)]
    [InlineData("10.0.0.1-10.0.0.9", "10.0.0.0", false)]
    [InlineData("10.0.0.0-10.0.9.0/24", "10.0.9.200", true)]
    [InlineData("10.0.0.0-10.0.9.0/24", "10.0.10.0", false)]
    [InlineData("10.0.0.0/255.255.255.0", "10.0.0.99", true)]
    [InlineData("10.0.0.0/255.255.255.0", "10.0.1.99", false)]
    [InlineData("10.0.0.5/24", "10.0.0.200", true)]
    [InlineData("2001:db8::/32", "2001:db8:ffff::1", true)]
    [InlineData("2001:db8::/32", "2001:db9::1", false)]
    [InlineData("2001:db8::/32", "10.0.0.1", false)]
    [InlineData("2001:DB8::1", "2001:db8::1", true)]
    [InlineData("2001:db8::1-2001:db8::ff", "2001:db8::80", true)]
    [InlineData("2001:db8::1-2001:db8::ff", "2001:db8::100", false)]
    [InlineData("::ffff:10.0.0.1", "10.0.0.1", true)]
    [InlineData("::/0", "2001:db8::1", true)]
    [InlineData("::/0", "10.0.0.1", true)]
    [InlineData("all", "10.0.0.1", true)]
    [InlineData("all", "2001:db8::1", true)]
    // Observed with a live Squid 5.7 (EvaluatorDifferentialTests): 'ipv4' is ::/96 and never matches an IPv4 client.
    [InlineData("ipv4", "10.0.0.1", false)]
    [InlineData("ipv4", "::ffff:10.0.0.1", false)]
    [InlineData("ipv4", "::1", true)]
    [InlineData("ipv4", "2001:db8::1", false)]
    [InlineData("ipv6", "2001:db8::1", true)]
    [InlineData("ipv6", "::1", false)]
    [InlineData("ipv6", "fd00::1", true)]
    [InlineData("ipv6", "ff02::1", false)]
    [InlineData("ipv6", "10.0.0.1", false)]
    [InlineData("ipv6", "::ffff:10.0.0.1", false)]
    [InlineData("0.0.0.0/0", "2001:db8::1", true)]
    [InlineData("10.0.0.0/0", "192.168.1.1", true)]
    [InlineData("10.0.0.0/0", "2001:db8::1", false)]
    [InlineData("10.0.0.1-10.0.0.255/24", "10.0.0.1", true)]
    [InlineData("2001:db8::ff-2001:db8::1", "2001:db8::ff", true)]
    [InlineData("2001:db8::ff-2001:db8::1", "2001:db8::80", false)]
    [InlineData("10.0.0.9-10.0.0.1", "10.0.0.5", false)]
    [InlineData("10.0.0.9-10.0.0.1", "10.0.0.9", true)]
    public void Contains_follows_Squid(string value, string client, bool expected) =>
        Strict(value).Contains(IPAddress.Parse(client)).Should().Be(expected);

    [Theory]
    [InlineData("all", "::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", AddressFamily.Unspecified, null)]
    [InlineData("ipv4", "0.0.0.0", "255.255.255.255", AddressFamily.InterNetwork, null)]
    [InlineData("ipv6", "::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", AddressFamily.InterNetworkV6, null)]
    [InlineData("10.0.0.1", "10.0.0.1", "10.0.0.1", AddressFamily.InterNetwork, 32)]
    [InlineData("10.0.0.0/24", "10.0.0.0", "10.0.0.255", AddressFamily.InterNetwork, 24)]
    [InlineData("10.0.0.5/24", "10.0.0.0", "10.0.0.255", AddressFamily.InterNetwork, 24)]
    [InlineData("10.0.0.0/255.255.0.0", "10.0.0.0", "10.0.255.255", AddressFamily.InterNetwork, 16)]
    [InlineData("10.0.0.1-10.0.0.9", "10.0.0.1", "10.0.0.9", AddressFamily.InterNetwork, null)]
    [InlineData("10.0.0.0-10.0.9.0/24", "10.0.0.0", "10.0.9.255", AddressFamily.InterNetwork, 24)]
    [InlineData("10.0.0.9-10.0.0.1", "10.0.0.9", "10.0.0.9", AddressFamily.InterNetwork, null)]
    [InlineData("fe80::/10", "fe80::", "febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff", AddressFamily.InterNetworkV6, 10)]
    [InlineData("::1", "::1", "::1", AddressFamily.InterNetworkV6, 128)]
    [InlineData("0.0.0.0/0", "::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", AddressFamily.Unspecified, null)]
    public void Bounds_family_and_prefix(string value, string first, string last, AddressFamily family, int? prefix)
    {
        var address = Strict(value);
        address.First.Should().Be(IPAddress.Parse(first));
        address.Last.Should().Be(IPAddress.Parse(last));
        address.AddressFamily.Should().Be(family);
        address.PrefixLength.Should().Be(prefix);
    }

    [Theory]
    [InlineData("10.0.0.5/24", "10.0.0.0/24", "10.0.0.5/24: host bits are set; Squid warns and clears them, so this stands for the whole network; write 10.0.0.0/24")]
    [InlineData("10.0.0.0/255.255.255.0", "10.0.0.0/24", "10.0.0.0/255.255.255.0: netmasks are deprecated in Squid; write 10.0.0.0/24")]
    [InlineData("10.0.0.9-10.0.0.1", "10.0.0.1-10.0.0.9", "10.0.0.9-10.0.0.1: the range is reversed; Squid accepts it without a warning but then matches only 10.0.0.9; write 10.0.0.1-10.0.0.9")]
    [InlineData("2001:db8::1/32", "2001:db8::/32", "2001:db8::1/32: host bits are set; Squid warns and clears them, so this stands for the whole network; write 2001:db8::/32")]
    [InlineData("10.0.0.1-10.0.0.255/24", "10.0.0.0-10.0.0.0/24", "10.0.0.1-10.0.0.255/24: host bits are set; Squid warns and clears them, so this stands for the whole network; write 10.0.0.0-10.0.0.0/24")]
    [InlineData("10.0.0.0/0", null, "10.0.0.0/0: host bits are set; Squid warns and clears them, so this stands for the whole network")]
    [InlineData("0.0.0.0/0", "all", "0.0.0.0/0: Squid replaces this with 'all' (and logs an ERROR), which also matches IPv6; write all")]
    [InlineData("0.0.0.0/0.0.0.0", "all", "0.0.0.0/0.0.0.0: Squid replaces this with 'all' (and logs an ERROR), which also matches IPv6; write all")]
    [InlineData("0.0.0.0-255.255.255.255", "all", "0.0.0.0-255.255.255.255: Squid replaces this with 'all' (and logs an ERROR), which also matches IPv6; write all")]
    [InlineData("0.0.0.0-0.0.0.0/0", "all", "0.0.0.0-0.0.0.0/0: Squid replaces this with 'all' (and logs an ERROR), which also matches IPv6; write all")]
    public void Warnings_and_canonical_text(string value, string? canonical, string warning)
    {
        var address = Strict(value);
        address.CanonicalText.Should().Be(canonical);
        address.Warnings.Should().Contain(warning);
    }

    [Fact]
    public void Dotted_mask_with_host_bits_gets_both_warnings_and_one_fix()
    {
        var address = Strict("10.0.0.5/255.255.255.0");
        address.Kind.Should().Be(SquidAddressKind.DottedMask);
        address.CanonicalText.Should().Be("10.0.0.0/24");
        address.Warnings.Should().Equal(
            "10.0.0.5/255.255.255.0: netmasks are deprecated in Squid; write 10.0.0.0/24",
            "10.0.0.5/255.255.255.0: host bits are set; Squid warns and clears them, so this stands for the whole network; write 10.0.0.0/24");
    }

    [Fact]
    public void Legacy_0_slash_0_is_all_in_the_lenient_parser()
    {
        SquidAddress.TryParseAsSquid("0/0", out var address, out _).Should().BeTrue();
        address!.CanonicalText.Should().Be("all");
        address.Contains(IPAddress.Parse("2001:db8::1")).Should().BeTrue();
        address.LooksDifferentToSquid.Should().BeFalse();
    }

    [Theory]
    [InlineData("all")]
    [InlineData("ipv4")]
    [InlineData("ipv6")]
    [InlineData("10.0.0.1")]
    [InlineData("10.0.0.0/24")]
    [InlineData("10.0.0.1-10.0.0.9")]
    [InlineData("2001:db8::/32")]
    [InlineData("2001:DB8::/32")]
    [InlineData("10.0.0.1/32")]
    public void Clean_values_have_no_warnings_and_no_fix(string value)
    {
        var address = Strict(value);
        address.CanonicalText.Should().BeNull();
        address.Warnings.Should().BeEmpty();
        address.LooksDifferentToSquid.Should().BeFalse();
    }

    [Fact]
    public void Contains_rejects_null() =>
        ((Action)(() => Strict("all").Contains(null!))).Should().Throw<ArgumentNullException>();

    [Property(MaxTest = 300)]
    public Property Any_IPv4_CIDR_round_trips_and_contains_its_bounds(byte a, byte b, byte c, byte d, byte prefixSeed)
    {
        var prefix = prefixSeed % 33;
        var text = $"{a}.{b}.{c}.{d}/{prefix}";
        var ok = SquidAddress.TryParse(text, out var address, out var error);
        var canonical = address?.CanonicalText ?? text;
        var reparsed = ok && SquidAddress.TryParse(canonical, out var again, out _) && again!.CanonicalText is null
                       && again.First!.Equals(address!.First) && again.Last!.Equals(address.Last);
        var holds = ok
                    && address!.Text == text
                    && address.Contains(address.First!)
                    && address.Contains(address.Last!)
                    && address.Contains(IPAddress.Parse($"{a}.{b}.{c}.{d}"))
                    && reparsed;
        return holds.Label($"{text}: {error}");
    }

    [Property(MaxTest = 300)]
    public Property Any_IPv4_range_contains_exactly_what_lies_between(uint x, uint y, uint probe)
    {
        var lo = Math.Min(x, y);
        var hi = Math.Max(x, y);
        var text = Format(lo) + "-" + Format(hi);
        var address = SquidAddress.Parse(text);
        var inside = probe >= lo && probe <= hi;
        return (address.Contains(IPAddress.Parse(Format(probe))) == inside
                && address.Contains(IPAddress.Parse(Format(lo)))
                && address.Contains(IPAddress.Parse(Format(hi)))).Label(text + " ? " + Format(probe));
    }

    [Property(MaxTest = 500)]
    public Property Parsers_never_throw_and_errors_and_results_are_exclusive(string? text, byte a, byte b)
    {
        // Mix arbitrary strings with address-shaped ones so both the happy and the error paths are exercised.
        var inputs = new[] { text, $"{a}.{b}.0.{text}", $"{a}.{b}.0.0/{text}", $"{text}-10.0.0.{b}", $"{a:x}::{text}" };
        foreach (var input in inputs)
        {
            foreach (var lenient in new[] { false, true })
            {
                var ok = lenient
                    ? SquidAddress.TryParseAsSquid(input, out var address, out var error)
                    : SquidAddress.TryParse(input, out address, out error);
                if (ok != (address is not null) || ok == (error is not null) || (error is not null && error.IndexOfAny(new[] { '\n', '\r' }) >= 0))
                {
                    return false.Label($"{input} ({(lenient ? "lenient" : "strict")}): ok={ok}, error={error}");
                }

                if (ok && address!.Kind != SquidAddressKind.HostName)
                {
                    address.Contains(IPAddress.Loopback);
                    address.First.Should().NotBeNull();
                }
            }
        }

        return true.ToProperty();
    }

    private static string Format(uint v) => $"{v >> 24}.{(v >> 16) & 255}.{(v >> 8) & 255}.{v & 255}";
}
