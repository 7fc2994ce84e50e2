using ProxyConnect.Sensors;
using ProxyConnect.Squid;

namespace ProxyConnect.Tests.Sensors;

public class SensorEditingTests
{
    private const string Small =
        "acl SSL_ports port 443\n" +
        "http_access deny CONNECT !SSL_ports\n" +
        "#\n# INSERT YOUR OWN RULE(S) HERE TO ALLOW ACCESS FROM YOUR CLIENTS\n#\n" +
        "\n# And finally deny all other access to this proxy\nhttp_access deny all\n";

    [Fact]
    public void Adding_writes_the_acl_then_the_rule_right_after_the_marker_block()
    {
        var config = SquidConfig.Parse(Small).AddSensor(new Sensor("sensor1", "10.1.0.5"));
        config.ToString().Should().Contain("CLIENTS\n#\nacl sensor1 src 10.1.0.5\nhttp_access allow sensor1\n\n# And finally");
        config.Sensors.Should().Equal(new Sensor("sensor1", "10.1.0.5"));
    }

    [Fact]
    public void Later_sensors_go_after_the_existing_sensor_block_in_insertion_order()
    {
        var config = SquidConfig.Parse(Small).AddSensor(new Sensor("a", "10.0.0.1")).AddSensor(new Sensor("b", "10.0.0.2"));
        config.ToString().Should().Contain("#\nacl a src 10.0.0.1\nhttp_access allow a\nacl b src 10.0.0.2\nhttp_access allow b\n\n");
        config.Sensors.Select(s => s.Name).Should().Equal("a", "b");
    }

    [Fact]
    public void Adding_the_same_sensor_again_changes_nothing()
    {
        var once = SquidConfig.Parse(Small).AddSensor(new Sensor("sensor1", "10.1.0.5"));
        var twice = once.AddSensor(new Sensor("sensor1", "10.1.0.5"));
        twice.Should().BeSameAs(once);
        twice.ToString().Should().Be(once.ToString());
    }

    [Fact]
    public void Adding_with_other_values_updates_the_acl_line_in_place_keeping_its_layout_and_comment()
    {
        var text = Small.Replace("#\n\n", "#\nacl\tsensor1\tsrc\t10.1.0.5\t# hall A\nhttp_access allow sensor1\n\n");
        var config = SquidConfig.Parse(text).AddSensor(new Sensor("sensor1", "10.1.0.6", "10.1.0.7"));
        config.ToString().Should().Be(text.Replace("acl\tsensor1\tsrc\t10.1.0.5\t# hall A", "acl\tsensor1\tsrc\t10.1.0.6\t10.1.0.7\t# hall A"));
    }

    [Fact]
    public void Update_requires_an_existing_sensor()
    {
        var config = SquidConfig.Parse(Small);
        FluentActions.Invoking(() => config.UpdateSensor(new Sensor("ghost", "10.0.0.1"))).Should().Throw<InvalidOperationException>().WithMessage("*no sensor 'ghost'*");
    }

    [Fact]
    public void Add_then_remove_gives_back_the_original_bytes()
    {
        var original = SquidConfig.Parse(Small);
        var edited = original.AddSensor(new Sensor("sensor1", "10.1.0.5")).AddSensor(new Sensor("plant-b", "10.2.0.0/24"));
        edited.RemoveSensor("sensor1").RemoveSensor("PLANT-B").ToString().Should().Be(Small);
    }

    [Fact]
    public void Removing_a_sensor_that_is_not_there_changes_nothing()
    {
        var config = SquidConfig.Parse(Small);
        config.RemoveSensor("ghost").Should().BeSameAs(config);
    }

    [Fact]
    public void Removing_an_acl_still_used_by_another_rule_fails_and_says_where()
    {
        var config = SquidConfig.Parse(Small).AddSensor(new Sensor("sensor1", "10.1.0.5"));
        var withUse = SquidConfig.Parse(config.ToString() + "http_access deny sensor1 SSL_ports\n");
        FluentActions.Invoking(() => withUse.RemoveSensor("sensor1")).Should().Throw<InvalidOperationException>().WithMessage("*still used*line 11*");
    }

    [Fact]
    public void Crlf_documents_get_crlf_lines()
    {
        var crlf = Small.Replace("\n", "\r\n");
        var config = SquidConfig.Parse(crlf).AddSensor(new Sensor("sensor1", "10.1.0.5"));
        config.ToString().Should().Contain("acl sensor1 src 10.1.0.5\r\nhttp_access allow sensor1\r\n");
        config.ToString().Replace("acl sensor1 src 10.1.0.5\r\nhttp_access allow sensor1\r\n", string.Empty).Should().Be(crlf);
    }

    [Fact]
    public void New_lines_take_indentation_and_separator_of_their_neighbours()
    {
        var text = "\tacl\tSSL_ports\tport\t443\n  http_access  deny  all\n#\n# INSERT YOUR OWN RULE(S) HERE TO ALLOW ACCESS FROM YOUR CLIENTS\n#\n";
        var config = SquidConfig.Parse(text).AddSensor(new Sensor("s", "10.0.0.1"));
        config.ToString().Should().EndWith("#\n\tacl\ts\tsrc\t10.0.0.1\n  http_access  allow  s\n");
    }

    [Fact]
    public void Names_collide_case_insensitively()
    {
        var config = SquidConfig.Parse(Small).AddSensor(new Sensor("sensor1", "10.1.0.5")).AddSensor(new Sensor("Sensor1", "10.1.0.9"));
        config.Sensors.Should().ContainSingle().Which.Addresses.Should().Equal("10.1.0.9");
    }

    [Fact]
    public void A_name_used_by_an_acl_of_another_type_is_refused()
    {
        var config = SquidConfig.Parse(Small);
        FluentActions.Invoking(() => config.AddSensor(new Sensor("ssl_ports", "10.0.0.1"))).Should().Throw<InvalidOperationException>()
            .WithMessage("*'SSL_ports' already exists with type 'port'*line 1*");
    }

    [Fact]
    public void A_name_used_by_an_src_acl_that_is_not_a_sensor_is_refused()
    {
        var config = SquidConfig.Parse("acl localnet src 10.0.0.0/8\n" + Small);
        FluentActions.Invoking(() => config.AddSensor(new Sensor("localnet", "10.0.0.1"))).Should().Throw<InvalidOperationException>().WithMessage("*not a sensor*");
    }

    [Fact]
    public void Without_a_marker_adding_fails_and_names_the_alternatives()
    {
        var config = SquidConfig.Parse("http_access deny all\n", "x.conf");
        FluentActions.Invoking(() => config.AddSensor(new Sensor("s", "10.0.0.1"))).Should().Throw<InvalidOperationException>()
            .WithMessage("x.conf has no '# INSERT YOUR OWN RULE(S)*before the final 'http_access deny all'*conf.d*");
    }

    [Fact]
    public void Before_final_deny_all_goes_above_the_comment_block_of_the_last_deny_all()
    {
        var config = SquidConfig.Parse(Small).AddSensor(new Sensor("s", "10.0.0.1"), SensorPlacement.BeforeFinalDenyAll);
        config.ToString().Should().EndWith("\nacl s src 10.0.0.1\nhttp_access allow s\n# And finally deny all other access to this proxy\nhttp_access deny all\n");
    }

    [Fact]
    public void Before_final_deny_all_without_one_fails()
    {
        var config = SquidConfig.Parse("http_port 3128\n");
        FluentActions.Invoking(() => config.AddSensor(new Sensor("s", "10.0.0.1"), SensorPlacement.BeforeFinalDenyAll))
            .Should().Throw<InvalidOperationException>().WithMessage("*no 'http_access deny all'*");
    }

    [Fact]
    public void A_sensor_placed_after_deny_all_is_reported()
    {
        var text = "http_access deny all\n#\n# INSERT YOUR OWN RULE(S) HERE TO ALLOW ACCESS FROM YOUR CLIENTS\n#\n";
        var config = SquidConfig.Parse(text).AddSensor(new Sensor("s", "10.0.0.1"));
        config.EditWarnings.Should().ContainSingle().Which.Message.Should().Contain("never reaches");
        config.EditWarnings[0].Code.Should().Be("PXC1035");
    }

    [Fact]
    public void Conf_d_mode_writes_a_header_then_the_sensors_at_the_end()
    {
        var file = SquidConfig.CreateSensorFile("/etc/squid/conf.d/sensors.conf")
            .AddSensor(new Sensor("a", "10.0.0.1"), SensorPlacement.ConfD("/etc/squid/conf.d/sensors.conf"))
            .AddSensor(new Sensor("b", "10.0.0.2"), SensorPlacement.ConfD("/etc/squid/conf.d/sensors.conf"));
        file.ToString().Should().Be("# Sensors allowed through this proxy. Managed by ProxyConnect: edit with ProxyConnect, not by hand.\nacl a src 10.0.0.1\nhttp_access allow a\nacl b src 10.0.0.2\nhttp_access allow b\n");
    }

    [Fact]
    public void Conf_d_mode_on_a_file_without_final_newline_ends_the_last_line_first()
    {
        var file = SquidConfig.Parse("acl a src 10.0.0.1\nhttp_access allow a")
            .AddSensor(new Sensor("b", "10.0.0.2"), SensorPlacement.ConfD("s.conf"));
        file.ToString().Should().EndWith("http_access allow a\nacl b src 10.0.0.2\nhttp_access allow b\n");
    }

    [Theory]
    [InlineData("include /etc/squid/conf.d/*.conf\nhttp_access deny all\n", 0)]
    [InlineData("include /etc/squid/conf.d/sensors.conf\nhttp_access deny all\n", 0)]
    [InlineData("http_access deny all\ninclude /etc/squid/conf.d/*.conf\n", 1)]
    [InlineData("http_access deny all\n", 1)]
    public void The_main_config_must_include_the_conf_d_file_before_its_final_deny(string main, int warnings) =>
        SquidConfig.Parse(main).CheckSensorFileIncluded("/etc/squid/conf.d/sensors.conf").Should().HaveCount(warnings);

    [Fact]
    public void Hand_written_sensors_are_read_back_with_all_their_values()
    {
        var config = SquidConfig.Parse("acl cam src 10.9.0.1\nacl CAM src 10.9.0.2\nhttp_access allow cam\nacl other src 10.0.0.1\nhttp_access allow other !cam\n");
        config.Sensors.Should().ContainSingle().Which.Should().Be(new Sensor("cam", "10.9.0.1", "10.9.0.2"));
    }
}
