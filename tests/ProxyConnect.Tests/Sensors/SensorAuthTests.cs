using ProxyConnect.Sensors;
using ProxyConnect.Squid;

namespace ProxyConnect.Tests.Sensors;

/// <summary>Issue 17, point 1: a sensor rule is exactly the two lines asked for; authentication is explicit.</summary>
public class SensorAuthTests
{
    private const string Auth = "auth_param basic program /usr/lib/squid/basic_ncsa_auth /etc/squid/passwords\n";

    /// <summary>The shape of many real configs: everyone logs in, and the login ACL is defined below the marker.</summary>
    private const string LoginDefinedBelowMarker =
        Auth +
        "acl SSL_ports port 443\n" +
        "http_access deny CONNECT !SSL_ports\n" +
        "#\n# INSERT YOUR OWN RULE(S) HERE TO ALLOW ACCESS FROM YOUR CLIENTS\n#\n" +
        "acl authenticated proxy_auth REQUIRED\n" +
        "http_access allow authenticated\n" +
        "http_access deny all\n";

    private const string LoginDefinedAboveMarker =
        Auth +
        "acl authenticated proxy_auth REQUIRED\n" +
        "acl localnet src 10.0.0.0/8\n" +
        "http_access allow localnet authenticated\n" +
        "#\n# INSERT YOUR OWN RULE(S) HERE TO ALLOW ACCESS FROM YOUR CLIENTS\n#\n" +
        "http_access deny all\n";

    [Fact]
    public void A_sensor_is_exactly_two_lines_even_where_an_authenticated_acl_exists_below_the_marker()
    {
        var config = SquidConfig.Parse(LoginDefinedBelowMarker).AddSensor(new Sensor("sensor1", "10.1.0.5"));

        config.ToString().Should().Contain("#\nacl sensor1 src 10.1.0.5\nhttp_access allow sensor1\nacl authenticated");
        config.Lint().Where(f => f.Severity == Severity.Error).Should().BeEmpty();
    }

    [Fact]
    public void A_sensor_that_requires_login_names_the_acl_on_its_rule()
    {
        var config = SquidConfig.Parse(LoginDefinedAboveMarker).AddSensor(new Sensor("sensor1", "10.1.0.5") { RequiredAcl = "authenticated" });

        config.ToString().Should().Contain("#\nacl sensor1 src 10.1.0.5\nhttp_access allow sensor1 authenticated\nhttp_access deny all");
        config.Sensors.Should().ContainSingle(s => s.Name == "sensor1").Which.RequiredAcl.Should().Be("authenticated");
        config.EditWarnings.Should().BeEmpty();
    }

    [Fact]
    public void Requiring_an_acl_defined_below_the_rule_is_refused_naming_its_line()
    {
        var config = SquidConfig.Parse(LoginDefinedBelowMarker);

        FluentActions.Invoking(() => config.AddSensor(new Sensor("sensor1", "10.1.0.5") { RequiredAcl = "authenticated" }))
            .Should().Throw<InvalidOperationException>().WithMessage("*'authenticated' is defined only at line 7*");
    }

    [Fact]
    public void Requiring_an_acl_the_config_does_not_define_is_refused()
    {
        var config = SquidConfig.Parse(LoginDefinedAboveMarker.Replace("authenticated", "users"));

        FluentActions.Invoking(() => config.AddSensor(new Sensor("sensor1", "10.1.0.5") { RequiredAcl = "authenticated" }))
            .Should().Throw<InvalidOperationException>().WithMessage("*'authenticated'*not define*");
    }

    [Fact]
    public void Requiring_an_acl_that_is_not_a_login_acl_is_refused()
    {
        var config = SquidConfig.Parse(LoginDefinedAboveMarker);

        FluentActions.Invoking(() => config.AddSensor(new Sensor("sensor1", "10.1.0.5") { RequiredAcl = "localnet" }))
            .Should().Throw<InvalidOperationException>().WithMessage("*'localnet'*proxy_auth*");
    }

    [Fact]
    public void A_sensor_without_login_where_other_clients_log_in_gets_a_warning()
    {
        var config = SquidConfig.Parse(LoginDefinedAboveMarker).AddSensor(new Sensor("sensor1", "10.1.0.5"));

        config.ToString().Should().Contain("http_access allow sensor1\n");
        config.EditWarnings.Should().ContainSingle().Which.Message.Should().Contain("sensor1").And.Contain("line 4").And.Contain("without");
    }

    [Fact]
    public void Adding_again_with_login_required_rewrites_only_the_rule()
    {
        var plain = SquidConfig.Parse(LoginDefinedAboveMarker).AddSensor(new Sensor("sensor1", "10.1.0.5"));
        var withLogin = plain.AddSensor(new Sensor("sensor1", "10.1.0.5") { RequiredAcl = "authenticated" });

        withLogin.ToString().Should().Be(plain.ToString().Replace("http_access allow sensor1\n", "http_access allow sensor1 authenticated\n"));
        withLogin.AddSensor(new Sensor("sensor1", "10.1.0.5")).ToString().Should().Be(plain.ToString());
    }

    [Fact]
    public void Basic_auth_switched_on_explicitly_still_covers_existing_sensors_but_later_ones_are_plain()
    {
        var config = SquidConfig.CreateDefault().AddSensor(new Sensor("a", "10.0.0.1")).RequireBasicAuth("/etc/squid/passwords").AddSensor(new Sensor("b", "10.0.0.2"));

        config.HttpAccessRules.Select(r => r.ToString()).Should().Contain("http_access allow a authenticated").And.Contain("http_access allow b");
        config.EditWarnings.Should().ContainSingle(w => w.Message.Contains("'b'"));
        config.Sensors.Select(s => (s.Name, s.RequiredAcl)).Should().Equal(("a", "authenticated"), ("b", null));
    }
}
