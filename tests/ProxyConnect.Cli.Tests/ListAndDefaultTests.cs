using System.Text.Json;
using ProxyConnect.Cli.Tests.Support;
using ProxyConnect.Squid;

namespace ProxyConnect.Cli.Tests;

public class ListAndDefaultTests
{
    [Fact]
    public void Default_prints_the_embedded_text_exactly()
    {
        var result = Tool.Run("default");

        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Be(SquidConfig.DefaultText);
        result.Stderr.Should().Be("proxyconnect: default config for Squid 7.7 (the newest; see --squid-version).\n", "the target goes to stderr so that stdout stays the config");
    }

    [Fact]
    public void Sensors_of_the_default_is_empty()
    {
        var result = Tool.Run("sensors");

        result.ExitCode.Should().Be(0);
        result.StdoutBytes.Should().BeEmpty();
        Tool.Run("sensors", "--json").Stdout.Should().Be("[]\n");
    }

    [Fact]
    public void Sensors_lists_one_line_per_sensor_from_stdin()
    {
        var config = Tool.Run("add-sensor", "--name", "sensor1", "--ip", "10.1.0.5").Stdout;
        config = Tool.RunWithInput(config, "add-sensor", "-", "--name", "cam2", "--ip", "10.2.0.0/24", "--ip", "fd00::7").Stdout;

        var result = Tool.RunWithInput(config, "sensors", "-");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Be("sensor1 10.1.0.5\ncam2 10.2.0.0/24 fd00::7\n");
    }

    [Fact]
    public void Sensors_json_is_an_array_of_name_and_addresses()
    {
        var config = Tool.Run("add-sensor", "--name", "cam2", "--ip", "10.2.0.0/24", "--ip", "fd00::7").Stdout;

        var result = Tool.RunWithInput(config, "sensors", "-", "--json");

        result.ExitCode.Should().Be(0);
        using var json = JsonDocument.Parse(result.Stdout);
        json.RootElement.GetArrayLength().Should().Be(1);
        json.RootElement[0].GetProperty("name").GetString().Should().Be("cam2");
        json.RootElement[0].GetProperty("addresses").EnumerateArray().Select(a => a.GetString()).Should().Equal("10.2.0.0/24", "fd00::7");
    }

    [Fact]
    public void Remove_sensor_prints_the_config_without_it()
    {
        var result = Tool.RunWithInput(Texts.DefaultWithSensor1, "remove-sensor", "-", "--name", "SENSOR1");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Be(SquidConfig.DefaultText);
    }

    [Fact]
    public void Removing_a_sensor_that_is_not_there_changes_nothing_and_says_so()
    {
        var result = Tool.Run("remove-sensor", "--name", "nosuch");

        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Be(SquidConfig.DefaultText);
        result.Stderr.Should().Be("proxyconnect: <default> has no sensor 'nosuch'; nothing to remove.\n");
    }

    [Theory]
    [InlineData("add-sensor")]
    [InlineData("remove-sensor")]
    [InlineData("sensors")]
    [InlineData("lint")]
    [InlineData("check")]
    [InlineData("default")]
    public void Help_of_every_command_shows_an_example(string command)
    {
        var result = Tool.Run(command, "--help");

        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Contain("Example:").And.Contain($"proxyconnect {command}");
    }
}
