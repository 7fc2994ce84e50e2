using System.Text;
using ProxyConnect.Cli.Tests.Support;
using ProxyConnect.Sensors;
using ProxyConnect.Squid;

namespace ProxyConnect.Cli.Tests;

public class AddSensorTests
{
    [Fact]
    public void Without_config_prints_the_default_with_the_sensor_at_the_marker()
    {
        var result = Tool.Run("add-sensor", "--name", "sensor1", "--ip", "10.1.0.5");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Be(Texts.DefaultWithSensor1);
        result.Stdout.Should().Contain("# INSERT YOUR OWN RULE(S) HERE TO ALLOW ACCESS FROM YOUR CLIENTS\n#\n" + Texts.Sensor1Lines);
        result.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void Several_ips_go_on_one_acl_line()
    {
        var result = Tool.Run("add-sensor", "--name", "s2", "--ip", "10.2.0.0/24", "--ip", "10.3.0.1-10.3.0.9");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("acl s2 src 10.2.0.0/24 10.3.0.1-10.3.0.9\nhttp_access allow s2\n");
    }

    [Fact]
    public void At_before_deny_all_places_the_lines_before_the_final_deny()
    {
        var result = Tool.Run("add-sensor", "--name", "sensor1", "--ip", "10.1.0.5", "--at", "before-deny-all");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Be(SquidConfig.CreateDefault().AddSensor(new Sensor("sensor1", "10.1.0.5"), SensorPlacement.BeforeFinalDenyAll).ToString());
        result.Stdout.Should().Contain(Texts.Sensor1Lines + "# Whatever was not allowed above is refused.\nhttp_access deny all\n");
    }

    [Fact]
    public void Reads_standard_input_for_dash()
    {
        var result = Tool.RunWithInput(SquidConfig.DefaultText, "add-sensor", "-", "--name", "sensor1", "--ip", "10.1.0.5");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Be(Texts.DefaultWithSensor1);
    }

    [Fact]
    public void A_file_is_printed_in_its_own_encoding_and_left_unchanged()
    {
        using var temp = new TempFolder();
        var latin1 = Encoding.Latin1.GetBytes(SquidConfig.DefaultText.Replace("# Whatever", "# Caf\u00e9: whatever"));
        var path = temp.Write("squid.conf", latin1);

        var result = Tool.Run("add-sensor", path, "--name", "sensor1", "--ip", "10.1.0.5");

        result.ExitCode.Should().Be(0, result.ToString());
        var expected = SquidConfig.Load(path).AddSensor(new Sensor("sensor1", "10.1.0.5")).ToString();
        result.StdoutBytes.Should().Equal(Encoding.Latin1.GetBytes(expected));
        File.ReadAllBytes(path).Should().Equal(latin1);
    }

    [Fact]
    public void Adding_the_same_sensor_twice_changes_nothing()
    {
        var once = Tool.Run("add-sensor", "--name", "sensor1", "--ip", "10.1.0.5").Stdout;

        var twice = Tool.RunWithInput(once, "add-sensor", "-", "--name", "sensor1", "--ip", "10.1.0.5");

        twice.ExitCode.Should().Be(0);
        twice.Stdout.Should().Be(once);
    }

    [Fact]
    public void Adding_with_new_addresses_updates_the_acl_in_place()
    {
        var once = Tool.Run("add-sensor", "--name", "sensor1", "--ip", "10.1.0.5").Stdout;

        var updated = Tool.RunWithInput(once, "add-sensor", "-", "--name", "sensor1", "--ip", "10.1.0.6");

        updated.ExitCode.Should().Be(0);
        updated.Stdout.Should().Be(once.Replace("acl sensor1 src 10.1.0.5", "acl sensor1 src 10.1.0.6"));
    }

    [Fact]
    public void Edit_warnings_go_to_stderr_and_the_result_still_to_stdout()
    {
        // The marker stands after the final deny all: Squid never reaches the sensor's rule.
        var config = "http_access deny all\n# INSERT YOUR OWN RULE(S) HERE TO ALLOW ACCESS FROM YOUR CLIENTS\n";

        var result = Tool.RunWithInput(config, "add-sensor", "-", "--name", "sensor1", "--ip", "10.1.0.5");

        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Be(config + Texts.Sensor1Lines);
        result.Stderr.Should().StartWith("proxyconnect: warning: ").And.Contain("PXC1035").And.Contain("never reaches");
    }
}
