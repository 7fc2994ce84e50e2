using ProxyConnect.Cli.Tests.Support;
using ProxyConnect.Sensors;
using ProxyConnect.Squid;

namespace ProxyConnect.Cli.Tests;

public class ConfDTests
{
    private const string MainIncludingConfD =
        "include /etc/squid/conf.d/*.conf\n" +
        "http_access deny all\n";

    [Fact]
    public void A_missing_conf_d_file_is_created_and_the_main_config_is_only_checked()
    {
        using var temp = new TempFolder();
        var main = temp.Write("squid.conf", MainIncludingConfD);
        var sensors = temp.File("sensors.conf");

        var result = Tool.Run("add-sensor", main, "--name", "sensor1", "--ip", "10.1.0.5", "--conf-d", sensors);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Be(SquidConfig.CreateSensorFile(sensors).AddSensor(new Sensor("sensor1", "10.1.0.5"), SensorPlacement.ConfD(sensors)).ToString());
        result.Stdout.Should().EndWith(Texts.Sensor1Lines);
        result.Stderr.Should().Contain("PXC1060").And.Contain(sensors, "the temp path is not under /etc/squid/conf.d, so the include does not cover it");
        File.Exists(sensors).Should().BeFalse("without --in-place nothing is written");
        File.ReadAllText(main).Should().Be(MainIncludingConfD);
    }

    [Fact]
    public void A_main_config_that_includes_the_file_gives_no_warning()
    {
        using var temp = new TempFolder();
        var sensors = temp.File("sensors.conf");
        var main = temp.Write("squid.conf", $"include {temp.Path}/*.conf\nhttp_access deny all\n");

        var result = Tool.Run("add-sensor", main, "--name", "sensor1", "--ip", "10.1.0.5", "--conf-d", sensors);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void In_place_writes_the_conf_d_file_not_the_main_config()
    {
        using var temp = new TempFolder();
        var sensors = temp.File("sensors.conf");
        var main = temp.Write("squid.conf", $"include {sensors}\nhttp_access deny all\n");

        var first = Tool.Run("add-sensor", main, "--name", "sensor1", "--ip", "10.1.0.5", "--conf-d", sensors, "--in-place", "--backup");
        var second = Tool.Run("add-sensor", main, "--name", "sensor2", "--ip", "10.1.0.6", "--conf-d", sensors, "--in-place");

        first.ExitCode.Should().Be(0, first.ToString());
        first.Stderr.Should().Be($"proxyconnect: wrote {sensors}\n", "a new file has nothing to back up");
        second.ExitCode.Should().Be(0, second.ToString());
        File.ReadAllText(main).Should().Be($"include {sensors}\nhttp_access deny all\n");
        var text = File.ReadAllText(sensors);
        text.Should().EndWith(Texts.Sensor1Lines + "acl sensor2 src 10.1.0.6\nhttp_access allow sensor2\n");
        Tool.Run("sensors", sensors).Stdout.Should().Be("sensor1 10.1.0.5\nsensor2 10.1.0.6\n");
    }

    [Fact]
    public void Conf_d_with_at_is_a_usage_error()
    {
        using var temp = new TempFolder();

        var result = Tool.Run("add-sensor", "--name", "s", "--ip", "10.0.0.1", "--conf-d", temp.File("s.conf"), "--at", "marker");

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("--at marker").And.Contain("--conf-d");
        temp.Snapshot().Should().BeEmpty();
    }
}
