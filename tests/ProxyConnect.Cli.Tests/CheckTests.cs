using System.Text.Json;
using ProxyConnect.Cli.Tests.Support;

namespace ProxyConnect.Cli.Tests;

public class CheckTests
{
    [Fact]
    public void A_sensor_added_to_the_default_is_allowed()
    {
        var result = Tool.RunWithInput(Texts.DefaultWithSensor1, "check", "-", "--src", "10.1.0.5", "--dst", "192.0.2.10");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Be("ALLOWED\n<stdin>:25: http_access allow sensor1\n");
    }

    [Fact]
    public void Another_client_is_denied_by_the_final_deny_all()
    {
        var result = Tool.Run("check", "--src", "10.1.0.6", "--dst", "192.0.2.10");

        result.ExitCode.Should().Be(1);
        result.Stdout.Should().Be("DENIED\n<default>:26: http_access deny all\n");
    }

    [Fact]
    public void A_port_that_is_not_safe_is_denied_by_its_rule()
    {
        var result = Tool.RunWithInput(Texts.DefaultWithSensor1, "check", "-", "--src", "10.1.0.5", "--method", "GET", "--port", "22", "--dst", "192.0.2.10");

        result.ExitCode.Should().Be(1);
        result.Stdout.Should().Be("DENIED\n<stdin>:11: http_access deny !Safe_ports\n");
    }

    [Fact]
    public void No_matching_rule_is_an_implicit_answer()
    {
        var result = Tool.RunWithInput("acl a src 10.0.0.1\nhttp_access deny a\n", "check", "-", "--src", "10.0.0.2");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Be("ALLOWED (implicit: no rule matched; Squid answers the opposite of the last rule)\n<stdin>:2: http_access deny a\n");
    }

    [Fact]
    public void A_host_name_destination_checked_by_a_dst_acl_is_indeterminate()
    {
        var result = Tool.RunWithInput(Texts.DefaultWithSensor1, "check", "-", "--src", "10.1.0.5", "--dst", "cloud.example.com");

        result.ExitCode.Should().Be(1);
        result.Stdout.Should().StartWith("INDETERMINATE (").And.Contain("DNS").And.EndWith("<stdin>:18: http_access deny to_localhost\n");
    }

    [Fact]
    public void Check_follows_includes_of_a_file()
    {
        using var temp = new TempFolder();
        var sensors = temp.File("sensors.conf");
        var main = temp.Write("squid.conf", $"include {sensors}\nhttp_access deny all\n");
        Tool.Run("add-sensor", main, "--name", "sensor1", "--ip", "10.1.0.5", "--conf-d", sensors, "--in-place").ExitCode.Should().Be(0);

        var result = Tool.Run("check", main, "--src", "10.1.0.5");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Be($"ALLOWED\n{sensors}:3: http_access allow sensor1\n");
    }

    [Fact]
    public void Json_is_one_object_with_verdict_rule_and_trace()
    {
        var result = Tool.RunWithInput(Texts.DefaultWithSensor1, "check", "-", "--src", "10.1.0.5", "--dst", "192.0.2.10", "--json");

        result.ExitCode.Should().Be(0, result.ToString());
        using var doc = JsonDocument.Parse(result.Stdout);
        var root = doc.RootElement;
        root.GetProperty("verdict").GetString().Should().Be("allowed");
        root.GetProperty("implicit").GetBoolean().Should().BeFalse();
        root.GetProperty("rule").GetProperty("file").GetString().Should().Be("<stdin>");
        root.GetProperty("rule").GetProperty("line").GetInt32().Should().Be(25);
        root.GetProperty("rule").GetProperty("text").GetString().Should().Be("http_access allow sensor1");
        root.GetProperty("request").GetProperty("method").GetString().Should().Be("CONNECT");
        root.GetProperty("request").GetProperty("port").GetInt32().Should().Be(443);
        root.GetProperty("trace").EnumerateArray().Last().GetProperty("outcome").GetString().Should().Be("matched");
    }
}
