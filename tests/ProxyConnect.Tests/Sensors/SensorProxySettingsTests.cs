using System.Net;
using ProxyConnect.Sensors;
using ProxyConnect.Squid;

namespace ProxyConnect.Tests.Sensors;

public class SensorProxySettingsTests
{
    private static readonly SensorProxySettings Valid = new() { Enabled = true, Address = "10.0.0.1", Port = 3128 };

    // ---------- Validate ----------

    [Fact]
    public void New_settings_are_disabled_on_port_3128_and_valid()
    {
        var settings = new SensorProxySettings();
        settings.Enabled.Should().BeFalse();
        settings.Port.Should().Be(3128);
        settings.Address.Should().BeNull();
        settings.Validate().Should().BeEmpty();
        settings.IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData("10.0.0.1", 3128, null, null)]
    [InlineData("proxy.example.com", 8080, null, null)]
    [InlineData("proxy.example.com.", 1, null, null)]
    [InlineData("fd00::1", 65535, null, null)]
    [InlineData("2001:db8::10", 3128, "sensor", "s3cret")]
    [InlineData("10.0.0.1", 3128, "user name with spaces", "p@ss:w%rd")]
    [InlineData("10.0.0.1", 3128, "", "")]
    public void Valid_enabled_settings(string address, int port, string? user, string? password)
    {
        var settings = new SensorProxySettings { Enabled = true, Address = address, Port = port, Username = user, Password = password };
        settings.Validate().Should().BeEmpty();
        settings.IsValid.Should().BeTrue();
        settings.Invoking(s => s.EnsureValid()).Should().NotThrow();
    }

    [Theory]
    [InlineData(true, "", 3128, null, null, "Address", "*empty*required when the proxy is enabled*")]
    [InlineData(true, null, 3128, null, null, "Address", "*empty*")]
    [InlineData(true, "10.0.0.300", 3128, null, null, "Address", "*10.0.0.300*not a valid IPv4*")]
    [InlineData(true, "http://10.0.0.1:3128", 3128, null, null, "Address", "*without a scheme*Parse*")]
    [InlineData(false, "10.0.0.1/proxy", 3128, null, null, "Address", "*'/'*")]
    [InlineData(true, "10.0.0.1:3128", 3128, null, null, "Address", "*port separately*")]
    [InlineData(true, "[fd00::1]", 3128, null, null, "Address", "*without brackets*")]
    [InlineData(true, "proxy_1.example", 3128, null, null, "Address", "*'_'*")]
    [InlineData(true, "fd00::g", 3128, null, null, "Address", "*IPv6*")]
    [InlineData(true, "10.0.0.1", 0, null, null, "Port", "*port 0 is smaller than 1*")]
    [InlineData(true, "10.0.0.1", 65536, null, null, "Port", "*65536 is larger than 65535*")]
    [InlineData(true, "10.0.0.1", -1, null, null, "Port", "*-1*")]
    [InlineData(true, "10.0.0.1", 3128, "user", null, "Password", "*user name is set but no password*")]
    [InlineData(true, "10.0.0.1", 3128, "user", "", "Password", "*give both or neither*")]
    [InlineData(true, "10.0.0.1", 3128, null, "pw0000", "Username", "*password is set but no user name*")]
    [InlineData(true, "10.0.0.1", 3128, "a:b", "pw0000", "Username", "*'a:b'*':'*")]
    [InlineData(true, "10.0.0.1", 3128, "a\nb", "pw0000", "Username", "*'a\\nb'*line feed*")]
    [InlineData(true, "10.0.0.1", 3128, "a\u0001", "pw0000", "Username", "*control character U+0001*")]
    [InlineData(false, "10.0.0.1", 70000, null, null, "Port", "*70000*")]
    public void Invalid_settings_name_the_property_and_the_reason(
        bool enabled, string? address, int port, string? user, string? password, string property, string message)
    {
        var settings = new SensorProxySettings { Enabled = enabled, Address = address, Port = port, Username = user, Password = password };
        var problems = settings.Validate();
        problems.Should().ContainSingle();
        problems[0].PropertyName.Should().Be(property);
        problems[0].Message.Should().Match(message);
        settings.IsValid.Should().BeFalse();
    }

    [Fact]
    public void Disabled_settings_without_an_address_are_valid_even_with_credentials()
    {
        new SensorProxySettings { Enabled = false, Address = "" }.IsValid.Should().BeTrue();
        new SensorProxySettings { Enabled = false, Username = "u", Password = "pw" }.IsValid.Should().BeTrue();
    }

    [Fact]
    public void Validate_returns_every_problem_at_once_in_property_order()
    {
        var settings = new SensorProxySettings { Enabled = true, Address = "bad host", Port = 0, Username = "a:b" };
        settings.Validate().Select(p => p.PropertyName).Should().Equal("Address", "Port", "Username", "Password");
    }

    [Fact]
    public void EnsureValid_lists_every_problem_and_keeps_them()
    {
        var settings = new SensorProxySettings { Enabled = true, Address = "", Port = 99999, Username = "u" };
        var ex = settings.Invoking(s => s.EnsureValid()).Should().Throw<SettingsValidationException>().Which;
        ex.Problems.Should().HaveCount(3);
        ex.Message.Should().Contain("3 problems").And.Contain("- Address: ").And.Contain("- Port: port 99999").And.Contain("- Password: ");
    }

    [Fact]
    public void A_problem_prints_as_property_colon_message() =>
        new SettingsProblem("Port", "port 0 is smaller than 1").ToString().Should().Be("Port: port 0 is smaller than 1");

    // ---------- Parse ----------

    [Theory]
    [InlineData("10.0.0.1", "10.0.0.1", 3128, null, null)]
    [InlineData("10.0.0.1:3128", "10.0.0.1", 3128, null, null)]
    [InlineData("10.0.0.1:8080", "10.0.0.1", 8080, null, null)]
    [InlineData("  10.0.0.1:3128 \r\n", "10.0.0.1", 3128, null, null)]
    [InlineData("http://10.0.0.1:3128", "10.0.0.1", 3128, null, null)]
    [InlineData("http://10.0.0.1:3128/", "10.0.0.1", 3128, null, null)]
    [InlineData("HTTP://10.0.0.1", "10.0.0.1", 3128, null, null)]
    [InlineData("http://proxy.example", "proxy.example", 3128, null, null)]
    [InlineData("http://user:p%40ss@proxy.example:8080/", "proxy.example", 8080, "user", "p@ss")]
    [InlineData("http://user:p@ss@proxy.example:8080/", "proxy.example", 8080, "user", "p@ss")]
    [InlineData("http://us%20er:a%3Ab%25c@proxy.example", "proxy.example", 3128, "us er", "a:b%c")]
    [InlineData("http://user:pa:ss@proxy.example", "proxy.example", 3128, "user", "pa:ss")]
    [InlineData("user:pw@10.0.0.1:3128", "10.0.0.1", 3128, "user", "pw")]
    [InlineData("[fd00::1]:3128", "fd00::1", 3128, null, null)]
    [InlineData("[fd00::1]", "fd00::1", 3128, null, null)]
    [InlineData("http://[fd00::1]:8080/", "fd00::1", 8080, null, null)]
    [InlineData("fd00::1", "fd00::1", 3128, null, null)]
    [InlineData("2001:db8::3128", "2001:db8::3128", 3128, null, null)]
    [InlineData("proxy.example:08080", "proxy.example", 8080, null, null)]
    public void Parse_accepts_what_operators_paste(string text, string address, int port, string? user, string? password)
    {
        var settings = SensorProxySettings.Parse(text);
        settings.Should().Be(new SensorProxySettings { Enabled = true, Address = address, Port = port, Username = user, Password = password });
        SensorProxySettings.TryParse(text, out var again, out var error).Should().BeTrue();
        again.Should().Be(settings);
        error.Should().BeNull();
    }

    [Theory]
    [InlineData("", "*empty*")]
    [InlineData("   ", "*empty*")]
    [InlineData("https://10.0.0.1:3128", "*not supported*CONNECT*(https://)*Use http://*")]
    [InlineData("socks5://10.0.0.1:1080", "*not supported*not a SOCKS proxy*")]
    [InlineData("SOCKS4://10.0.0.1:1080", "*SOCKS*")]
    [InlineData("ftp://10.0.0.1", "*'ftp' is not an HTTP proxy scheme*")]
    [InlineData("http://10.0.0.1:3128/proxy", "*has a path*")]
    [InlineData("http://10.0.0.1:3128/?a=b", "*has a path and a query*")]
    [InlineData("http://10.0.0.1:3128?a=b", "*has a query*")]
    [InlineData("http://10.0.0.1#x", "*has a fragment*")]
    [InlineData("10.0.0.0/24", "*has a path*")]
    [InlineData("http://", "*has no host*")]
    [InlineData("http://:3128", "*Address: the proxy address is empty*")]
    [InlineData("10.0.0.1:", "*the port is empty*")]
    [InlineData("10.0.0.1:70000", "*port 70000 is larger than 65535*")]
    [InlineData("10.0.0.1:0", "*smaller than 1*")]
    [InlineData("10.0.0.1:31a", "*not a decimal digit*")]
    [InlineData("[fd00::1", "*'[' without ']'*")]
    [InlineData("[fd00::1]x", "*only ':' and a port may follow ']'*")]
    [InlineData("10.0.0.300:3128", "*Address: '10.0.0.300' is not a valid IPv4*")]
    [InlineData("http://user@10.0.0.1", "*Password: a user name is set but no password*")]
    [InlineData("http://a%3Ab:pw@10.0.0.1", "*Username: 'a:b'*")]
    [InlineData("proxy example", "*Address: *not a host: character 6 (space)*")]
    public void Parse_rejects_with_the_reason(string text, string message)
    {
        FluentActions.Invoking(() => SensorProxySettings.Parse(text)).Should().Throw<FormatException>().WithMessage(message);
        SensorProxySettings.TryParse(text, out var settings, out var error).Should().BeFalse();
        settings.Should().BeNull();
        error.Should().Match(message);
    }

    [Fact]
    public void Parse_of_null_throws_and_TryParse_of_null_fails()
    {
        FluentActions.Invoking(() => SensorProxySettings.Parse(null!)).Should().Throw<ArgumentNullException>();
        SensorProxySettings.TryParse(null, out _, out var error).Should().BeFalse();
        error.Should().Contain("empty");
    }

    [Theory]
    [InlineData("http://user:topsecret@10.0.0.1:3128/path", "'http://****@10.0.0.1:3128/path'")]
    [InlineData("https://user:topsecret@10.0.0.1", "'https://****@10.0.0.1'")]
    [InlineData("http://user:top/secret@10.0.0.1", "'http://****@10.0.0.1'")]
    [InlineData("http://user:topsecret@10.0.0.1:99999", "'http://****@10.0.0.1:99999'")]
    [InlineData("user:top://secret@10.0.0.1", "'****@10.0.0.1'")]
    public void Parse_errors_redact_the_user_info(string text, string shown)
    {
        SensorProxySettings.TryParse(text, out _, out var error).Should().BeFalse();
        error.Should().Contain(shown).And.NotContain("secret");
    }

    [Fact]
    public void A_slash_in_an_unencoded_password_gets_a_hint()
    {
        SensorProxySettings.TryParse("http://u:pa/ss@10.0.0.1", out _, out var error).Should().BeFalse();
        error.Should().Contain("percent-encode").And.Contain("%2F").And.NotContain("pa/ss");
    }

    // ---------- ToUri ----------

    [Theory]
    [InlineData("10.0.0.1", 3128, null, null, "http://10.0.0.1:3128/")]
    [InlineData("proxy.example", 8080, null, null, "http://proxy.example:8080/")]
    [InlineData("fd00::1", 3128, null, null, "http://[fd00::1]:3128/")]
    [InlineData("10.0.0.1", 3128, "user", "pass", "http://user:pass@10.0.0.1:3128/")]
    [InlineData("10.0.0.1", 3128, "user", "p@ss", "http://user:p%40ss@10.0.0.1:3128/")]
    [InlineData("10.0.0.1", 3128, "user", "a:b", "http://user:a%3Ab@10.0.0.1:3128/")]
    [InlineData("10.0.0.1", 3128, "user", "100%", "http://user:100%25@10.0.0.1:3128/")]
    [InlineData("10.0.0.1", 3128, "user", "p@:%/?# x", "http://user:p%40%3A%25%2F%3F%23%20x@10.0.0.1:3128/")]
    [InlineData("10.0.0.1", 3128, "dom@in", "pw", "http://dom%40in:pw@10.0.0.1:3128/")]
    [InlineData("fd00::1", 3128, "u", "p@ss", "http://u:p%40ss@[fd00::1]:3128/")]
    [InlineData("10.0.0.1", 3128, "user", "", "http://10.0.0.1:3128/")]
    public void ToUri_gives_http_host_port_with_encoded_user_info(string address, int port, string? user, string? password, string expected)
    {
        var settings = new SensorProxySettings { Enabled = true, Address = address, Port = port, Username = user, Password = password };
        if (user is not null && string.IsNullOrEmpty(password))
        {
            settings = settings with { Username = null };
        }

        var uri = settings.ToUri();
        uri.AbsoluteUri.Should().Be(expected);
        uri.Scheme.Should().Be("http");
        uri.Port.Should().Be(port);
    }

    [Theory]
    [InlineData("http://user:p%40ss@proxy.example:8080/")]
    [InlineData("http://u:a%3Ab%25c@[fd00::1]:3128/")]
    [InlineData("http://10.0.0.1:3128/")]
    public void ToUri_round_trips_through_Parse(string text)
    {
        var settings = SensorProxySettings.Parse(text);
        settings.ToUri().AbsoluteUri.Should().Be(text);
        SensorProxySettings.Parse(settings.ToUri().AbsoluteUri).Should().Be(settings);
    }

    [Fact]
    public void ToUri_of_invalid_or_empty_settings_throws_without_the_password()
    {
        FluentActions.Invoking(() => new SensorProxySettings().ToUri()).Should().Throw<SettingsValidationException>().WithMessage("*Address*empty*");
        FluentActions.Invoking(() => new SensorProxySettings { Address = "10.0.0.1", Port = 0, Username = "u", Password = "hush-hush" }.ToUri())
            .Should().Throw<SettingsValidationException>().Which.Message.Should().NotContain("hush-hush");
    }

    // ---------- ToWebProxy ----------

    [Fact]
    public void ToWebProxy_without_credentials()
    {
        var proxy = Valid.ToWebProxy();
        proxy.Address.Should().Be(new Uri("http://10.0.0.1:3128/"));
        proxy.Credentials.Should().BeNull();
        proxy.UseDefaultCredentials.Should().BeFalse();
        proxy.BypassProxyOnLocal.Should().BeFalse();
        proxy.GetProxy(new Uri("https://cloud.example/")).Should().Be(new Uri("http://10.0.0.1:3128/"));
    }

    [Fact]
    public void ToWebProxy_with_credentials_keeps_them_out_of_the_address()
    {
        var proxy = (Valid with { Address = "fd00::1", Port = 8080, Username = "sensor", Password = "p@ss:%" }).ToWebProxy();
        proxy.Address!.AbsoluteUri.Should().Be("http://[fd00::1]:8080/");
        proxy.Address.UserInfo.Should().BeEmpty();
        var credential = proxy.Credentials.Should().BeOfType<NetworkCredential>().Subject;
        credential.UserName.Should().Be("sensor");
        credential.Password.Should().Be("p@ss:%");
    }

    [Fact]
    public void ToWebProxy_plugs_into_HttpClientHandler()
    {
        using var handler = new HttpClientHandler { Proxy = Valid.ToWebProxy(), UseProxy = true };
        handler.Proxy.Should().NotBeNull();
    }

    // ---------- record behaviour ----------

    [Fact]
    public void Equality_compares_every_property_including_the_password()
    {
        var a = Valid with { Username = "u", Password = "one" };
        a.Should().Be(Valid with { Username = "u", Password = "one" });
        (a == (Valid with { Username = "u", Password = "one" })).Should().BeTrue();
        a.GetHashCode().Should().Be((Valid with { Username = "u", Password = "one" }).GetHashCode());
        a.Should().NotBe(a with { Password = "two" });
        a.Should().NotBe(a with { Port = 8080 });
        a.Should().NotBe(a with { Enabled = false });
        a.Should().NotBe(a with { Address = "10.0.0.2" });
    }

    [Fact]
    public void With_copies_and_changes_only_what_is_named()
    {
        var a = Valid with { Username = "u", Password = "one" };
        var b = a with { Port = 8080 };
        b.Password.Should().Be("one");
        b.Username.Should().Be("u");
        b.Address.Should().Be("10.0.0.1");
        a.Port.Should().Be(3128);
    }

    [Fact]
    public void ToString_masks_the_password_also_in_with_copies()
    {
        var a = Valid with { Username = "sensor", Password = "hunter22" };
        a.ToString().Should().Be("SensorProxySettings { Enabled = True, Address = 10.0.0.1, Port = 3128, Username = sensor, Password = **** }");
        (a with { Port = 1 }).ToString().Should().NotContain("hunter22").And.Contain("Password = ****");
        $"{a}".Should().NotContain("hunter22");
        new SensorProxySettings().ToString().Should().Be("SensorProxySettings { Enabled = False, Address = , Port = 3128, Username = , Password =  }");
    }

    // ---------- listening port (internal; CheckAgainst builds on it) ----------

    [Theory]
    [InlineData("http_port 3128", "10.0.0.1", 3128, true)]
    [InlineData("http_port 3128", "proxy.example", 3128, true)]
    [InlineData("http_port 3128", "10.0.0.1", 8080, false)]
    [InlineData("http_port 10.0.0.1:3128", "10.0.0.1", 3128, true)]
    [InlineData("http_port 10.0.0.2:3128", "10.0.0.1", 3128, false)]
    [InlineData("http_port 0.0.0.0:3128", "10.0.0.1", 3128, true)]
    [InlineData("http_port [fd00:0::1]:3128", "fd00::1", 3128, true)]
    [InlineData("http_port [::]:3128", "fd00::1", 3128, true)]
    [InlineData("http_port Proxy.Example:3128", "proxy.example", 3128, true)]
    [InlineData("http_port 3128 intercept", "10.0.0.1", 3128, false)]
    [InlineData("http_port 3128 accel", "10.0.0.1", 3128, false)]
    [InlineData("http_port 3128 ssl-bump", "10.0.0.1", 3128, true)]
    [InlineData("http_port 3129 intercept\nhttp_port 3128", "10.0.0.1", 3128, true)]
    [InlineData("", "10.0.0.1", 3128, false)]
    public void Listening_port_is_found_on_the_address_or_on_all_addresses(string conf, string address, int port, bool expected)
    {
        var config = SquidConfig.Parse(conf);
        var settings = Valid with { Address = address, Port = port };
        ProxyListening.IsListening(config, settings).Should().Be(expected);
        (ProxyListening.FindListeningPort(config, address, port) is not null).Should().Be(expected);
    }

    [Fact]
    public void Settings_without_an_address_listen_nowhere() =>
        ProxyListening.IsListening(SquidConfig.Parse("http_port 3128"), new SensorProxySettings()).Should().BeFalse();
}
