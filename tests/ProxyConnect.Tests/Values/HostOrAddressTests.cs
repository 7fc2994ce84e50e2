using ProxyConnect.Values;

namespace ProxyConnect.Tests.Values;

public class HostOrAddressTests
{
    private const string Expected = "Expected an IPv4 address such as 10.0.0.1, an IPv6 address such as 2001:db8::1 (without brackets) or a host name such as proxy.example.com.";

    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData("2001:db8::1")]
    [InlineData("::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("proxy")]
    [InlineData("proxy.example.com")]
    [InlineData("proxy.example.com.")]
    [InlineData("sensor-7.plant-3.local")]
    [InlineData("1.example.com")]
    [InlineData("xn--bcher-kva.example")]
    public void Accepts_addresses_and_host_names(string value)
    {
        HostOrAddress.TryValidate(value, out var error).Should().BeTrue(error);
        error.Should().BeNull();
    }

    [Theory]
    [InlineData("http://proxy:3128", "'http://proxy:3128' is not a host: give the address without a scheme; use SensorProxySettings.Parse for URLs.")]
    [InlineData("proxy:3128", "'proxy:3128' is not a host: give the port separately (the host is 'proxy').")]
    [InlineData("10.0.0.1:3128", "'10.0.0.1:3128' is not a host: give the port separately (the host is '10.0.0.1').")]
    [InlineData("[::1]", "'[::1]' is not a host: write an IPv6 address without brackets, and give the port separately. " + Expected)]
    [InlineData("[::1]:3128", "'[::1]:3128' is not a host: write an IPv6 address without brackets, and give the port separately. " + Expected)]
    [InlineData("proxy/path", "'proxy/path' is not a host: it contains '/'; give only the host, without a path or network mask. " + Expected)]
    [InlineData("proxy example", "'proxy example' is not a host: character 6 (space) is not allowed. " + Expected)]
    [InlineData("proxy\n", "'proxy\\n' is not a host: character 6 (line feed (U+000A)) is not allowed. " + Expected)]
    [InlineData("", "the host is empty. " + Expected)]
    [InlineData(null, "the host is empty. " + Expected)]
    [InlineData("10.0.0.300", "'10.0.0.300' is not a valid IPv4 address: octet 4 (300) is larger than 255. " + Expected)]
    [InlineData("010.0.0.1", "'010.0.0.1' is not a valid IPv4 address: octet 1 (010) has a leading zero: Squid reads 010.0.0.1 as octal, i.e. 8.0.0.1; write 8.0.0.1, or 10.0.0.1 if you meant decimal. " + Expected)]
    [InlineData("10.0.0.g", "'10.0.0.g' is not a valid IPv4 address: octet 4 ('g') is not a decimal number. " + Expected)]
    [InlineData("::g", "'::g' is not a valid IPv6 address: character 3 ('g') is not allowed in an IPv6 address (hexadecimal digits, ':' and '.'). " + Expected)]
    [InlineData("-proxy.example", "'-proxy.example' is not a valid host name: label 1 (-proxy) starts or ends with '-'. " + Expected)]
    [InlineData("proxy-.example", "'proxy-.example' is not a valid host name: label 1 (proxy-) starts or ends with '-'. " + Expected)]
    [InlineData("a..b", "'a..b' is not a valid host name: label 2 is empty. " + Expected)]
    [InlineData("proxy_1", "'proxy_1' is not a valid host name: character 6 ('_') is not allowed in a host name (letters, digits, '-' and '.'). " + Expected)]
    [InlineData("user@proxy", "'user@proxy' is not a valid host name: character 5 ('@') is not allowed in a host name (letters, digits, '-' and '.'). " + Expected)]
    [InlineData(".", "'.' is not a valid host name: it has no labels. " + Expected)]
    public void Rejects_with_exact_messages(string? value, string expected)
    {
        HostOrAddress.TryValidate(value, out var error).Should().BeFalse();
        error.Should().Be(expected);
    }

    [Fact]
    public void Enforces_label_and_name_lengths()
    {
        HostOrAddress.TryValidate(new string('a', 63) + ".example", out _).Should().BeTrue();
        HostOrAddress.TryValidate(new string('a', 64) + ".example", out var error).Should().BeFalse();
        error.Should().Be("'" + new string('a', 64) + ".example' is not a valid host name: label 1 is 64 characters long; a label is at most 63. " + Expected);

        var label = new string('a', 63);
        var name253 = string.Join(".", label, label, label, new string('b', 61));
        name253.Length.Should().Be(253);
        HostOrAddress.TryValidate(name253, out _).Should().BeTrue();
        HostOrAddress.TryValidate(name253 + ".", out _).Should().BeTrue();
        HostOrAddress.TryValidate(name253 + "b", out error).Should().BeFalse();
        error.Should().Contain("it is 254 characters long; a host name is at most 253");
    }
}
