using ProxyConnect.Values;

namespace ProxyConnect.Tests.Values;

public class PortTests
{
    [Fact]
    public void Constants() => (PortNumber.Min, PortNumber.Max, PortNumber.SquidDefault).Should().Be((1, 65535, 3128));

    [Theory]
    [InlineData("1", 1)]
    [InlineData("3128", 3128)]
    [InlineData("65535", 65535)]
    [InlineData("08080", 8080)]
    public void Parses_decimal_ports(string text, int expected)
    {
        PortNumber.TryParse(text, out var port, out var error).Should().BeTrue();
        port.Should().Be(expected);
        error.Should().BeNull();
    }

    [Theory]
    [InlineData("70000", "port 70000 is larger than 65535")]
    [InlineData("65536", "port 65536 is larger than 65535")]
    [InlineData("99999999999999999999", "port 99999999999999999999 is larger than 65535")]
    [InlineData("0", "port 0 is smaller than 1; expected a number from 1 to 65535")]
    [InlineData("", "the port is empty; expected a number from 1 to 65535")]
    [InlineData(null, "the port is empty; expected a number from 1 to 65535")]
    [InlineData("-1", "'-1' is not a valid port: character 1 ('-') is not a decimal digit; expected a number from 1 to 65535")]
    [InlineData("+80", "'+80' is not a valid port: character 1 ('+') is not a decimal digit; expected a number from 1 to 65535")]
    [InlineData(" 80", "' 80' is not a valid port: character 1 (space) is not a decimal digit; expected a number from 1 to 65535")]
    [InlineData("3128abc", "'3128abc' is not a valid port: character 5 ('a') is not a decimal digit; expected a number from 1 to 65535")]
    [InlineData("\u0663", "'\u0663' is not a valid port: character 1 ('\u0663' (U+0663)) is not a decimal digit; expected a number from 1 to 65535")]
    public void Rejects_with_exact_messages(string? text, string expected)
    {
        PortNumber.TryParse(text, out var port, out var error).Should().BeFalse();
        port.Should().Be(0);
        error.Should().Be(expected);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(65535, true)]
    [InlineData(65536, false)]
    [InlineData(-5, false)]
    public void TryValidate(int port, bool valid)
    {
        PortNumber.TryValidate(port, out var error).Should().Be(valid);
        (error is null).Should().Be(valid);
    }

    [Theory]
    [InlineData("443", 443, 443, "443")]
    [InlineData("1025-65535", 1025, 65535, "1025-65535")]
    [InlineData("80-80", 80, 80, "80")]
    [InlineData("1-65535", 1, 65535, "1-65535")]
    public void Parses_ports_and_ranges(string text, int first, int last, string roundTrip)
    {
        PortRange.TryParse(text, out var range, out var error).Should().BeTrue();
        error.Should().BeNull();
        range.First.Should().Be(first);
        range.Last.Should().Be(last);
        range.ToString().Should().Be(roundTrip);
        range.Should().Be(new PortRange(first, last));
    }

    [Theory]
    [InlineData("443-80", "'443-80' is not a valid port range: the first port 443 is larger than the last port 80; write 80-443")]
    [InlineData("80-70000", "'80-70000' is not a valid port range: last port: port 70000 is larger than 65535")]
    [InlineData("0-80", "'0-80' is not a valid port range: first port: port 0 is smaller than 1; expected a number from 1 to 65535")]
    [InlineData("-80", "'-80' is not a valid port range: the first port is missing before '-'; expected a range such as 1025-65535")]
    [InlineData("80-", "'80-' is not a valid port range: the last port is missing after '-'; expected a range such as 1025-65535")]
    [InlineData("1-2-3", "'1-2-3' is not a valid port range: it has more than one '-'; expected a port such as 443 or a range such as 1025-65535")]
    [InlineData("", "the port range is empty; expected a port such as 443 or a range such as 1025-65535")]
    [InlineData("70000", "port 70000 is larger than 65535")]
    public void Rejects_bad_ranges(string text, string expected)
    {
        PortRange.TryParse(text, out var range, out var error).Should().BeFalse();
        error.Should().Be(expected);
        range.Should().Be(default(PortRange));
    }

    [Theory]
    [InlineData(1024, false)]
    [InlineData(1025, true)]
    [InlineData(2000, true)]
    [InlineData(3000, true)]
    [InlineData(3001, false)]
    public void Contains_is_inclusive(int port, bool expected) => new PortRange(1025, 3000).Contains(port).Should().Be(expected);

    [Fact]
    public void Default_range_contains_nothing_and_constructor_checks()
    {
        default(PortRange).Contains(0).Should().BeFalse();
        ((Action)(() => _ = new PortRange(10, 5))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => _ = new PortRange(0))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => _ = new PortRange(1, 65536))).Should().Throw<ArgumentOutOfRangeException>();
        (new PortRange(80) == new PortRange(80, 80)).Should().BeTrue();
        (new PortRange(80) != new PortRange(81)).Should().BeTrue();
    }
}
