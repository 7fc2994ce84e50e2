using ProxyConnect.Sensors;
using ProxyConnect.Squid;

namespace ProxyConnect.Tests.Sensors;

public class SyncSensorsTests
{
    private static readonly Sensor S1 = new("sensor1", "10.1.0.5");
    private static readonly Sensor S2 = new("sensor2", "10.2.0.0/24");
    private static readonly Sensor S3 = new("sensor3", "10.3.0.1", "10.3.0.2");

    private const string HandWritten = "acl manual src 10.7.0.1\nhttp_access allow manual\n";

    private static SquidConfig WithHandWritten(SquidConfig config) =>
        SquidConfig.Parse(config.ToString().Replace("\n# Whatever was not allowed", "\n" + HandWritten + "# Whatever was not allowed", StringComparison.Ordinal));

    [Fact]
    public void Sync_of_an_empty_config_is_add_sensor_in_inventory_order()
    {
        var synced = SquidConfig.CreateDefault().SyncSensors(new[] { S1, S2, S3 });

        synced.ToString().Should().Be(SquidConfig.CreateDefault().AddSensor(S1).AddSensor(S2).AddSensor(S3).ToString());
        synced.ManagedSensors.Should().Equal(S1, S2, S3);
    }

    [Fact]
    public void Sync_adds_updates_in_place_and_removes_and_is_idempotent()
    {
        var start = SquidConfig.CreateDefault().AddSensor(S1).AddSensor(S2);
        var s1Moved = new Sensor("sensor1", "10.1.0.9");

        var synced = start.SyncSensors(new[] { s1Moved, S3 });

        synced.ToString().Should().Be(SquidConfig.CreateDefault().AddSensor(s1Moved).AddSensor(S3).ToString());
        synced.SyncSensors(new[] { s1Moved, S3 }).Should().BeSameAs(synced, "a config in sync is returned unchanged");
    }

    [Fact]
    public void Sync_to_nothing_gives_back_the_original_bytes()
    {
        var original = SquidConfig.CreateDefault();

        var synced = original.AddSensor(S1).AddSensor(S2).SyncSensors(Array.Empty<Sensor>());

        synced.ToString().Should().Be(original.ToString());
        synced.ManagedSensors.Should().BeEmpty();
    }

    [Fact]
    public void Hand_written_sensors_after_the_managed_run_are_neither_managed_nor_touched()
    {
        var config = WithHandWritten(SquidConfig.CreateDefault().AddSensor(S1));
        config.Sensors.Select(s => s.Name).Should().Equal("sensor1", "manual");

        config.ManagedSensors.Should().Equal(S1);
        var synced = config.SyncSensors(new[] { S2 });

        synced.ToString().Should().Contain(HandWritten).And.NotContain("sensor1").And.Contain("acl sensor2 src 10.2.0.0/24\nhttp_access allow sensor2\n");
    }

    [Fact]
    public void A_sensor_whose_acl_has_a_line_outside_the_run_is_hand_written()
    {
        var text = SquidConfig.CreateDefault().AddSensor(S1).ToString()
            .Replace("\n# Whatever was not allowed", "\nacl sensor1 src 10.1.0.6\n# Whatever was not allowed", StringComparison.Ordinal);
        var config = SquidConfig.Parse(text);

        config.ManagedSensors.Should().BeEmpty();
        config.SyncSensors(Array.Empty<Sensor>()).ToString().Should().Be(text, "sync leaves a sensor alone that is partly hand-written");
    }

    [Fact]
    public void A_listed_name_that_a_hand_written_acl_uses_is_refused_with_its_line()
    {
        var config = WithHandWritten(SquidConfig.CreateDefault());

        var act = () => config.SyncSensors(new[] { new Sensor("MANUAL", "10.7.0.1") });

        act.Should().Throw<InvalidOperationException>().WithMessage("*line * already defines ACL 'manual' by hand*never touches hand-written lines*");
    }

    [Fact]
    public void A_name_listed_twice_is_refused()
    {
        var act = () => SquidConfig.CreateDefault().SyncSensors(new[] { S1, new Sensor("SENSOR1", "10.1.0.6") });

        act.Should().Throw<ArgumentException>().WithMessage("*'SENSOR1' is listed twice*");
    }

    [Fact]
    public void A_config_without_marker_is_refused_but_a_conf_d_file_is_managed_whole()
    {
        var noMarker = SquidConfig.Parse("http_port 3128\nhttp_access deny all\n");
        var sensorFile = SquidConfig.CreateSensorFile("/etc/squid/conf.d/sensors.conf");
        var placement = SensorPlacement.ConfD("/etc/squid/conf.d/sensors.conf");

        var act = () => noMarker.SyncSensors(new[] { S1 });
        var synced = sensorFile.SyncSensors(new[] { S1, S2 }, placement);

        act.Should().Throw<InvalidOperationException>().WithMessage("*no '# INSERT YOUR OWN RULE(S)*");
        noMarker.ManagedSensors.Should().BeEmpty();
        synced.ManagedSensors.Should().Equal(S1, S2);
        synced.SyncSensors(new[] { S2 }, placement).ToString().Should().Be(sensorFile.AddSensor(S2, placement).ToString());
    }

    [Fact]
    public void Under_basic_auth_a_managed_rule_keeps_its_login_and_a_new_sensor_gets_exactly_what_it_asks_for()
    {
        var withLogin = S1 with { RequiredAcl = Sensor.DefaultAuthAcl };
        var config = SquidConfig.CreateDefault().RequireBasicAuth("/etc/squid/passwords").AddSensor(withLogin);
        config.ToString().Should().Contain("http_access allow sensor1 authenticated");

        config.ManagedSensors.Should().Equal(withLogin);
        var synced = config.SyncSensors(new[] { S2 });
        synced.ToString().Should().Contain("http_access allow sensor2\n").And.NotContain("sensor1");
    }
}
