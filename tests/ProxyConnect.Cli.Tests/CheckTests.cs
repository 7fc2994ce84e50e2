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
        result.Stdout.Should().Be("ALLOWED\n" + Texts.InSensor1("http_access allow sensor1") + "\nassumption: evaluated for Squid 7.7, whose predefined ACLs this answer uses (no Squid version given; they differ between versions)\n" +
            "target: Squid 7.7 (the newest; see --squid-version)\n");
    }

    [Fact]
    public void Another_client_is_denied_by_the_final_deny_all()
    {
        var result = Tool.Run("check", "--src", "10.1.0.6", "--dst", "192.0.2.10");

        result.ExitCode.Should().Be(1);
        result.Stdout.Should().Be("DENIED\n" + Texts.At(ProxyConnect.Squid.SquidConfig.DefaultText, "<default>", "http_access deny all") + "\nassumption: evaluated for Squid 7.7, whose predefined ACLs this answer uses (no Squid version given; they differ between versions)\n" +
            "target: Squid 7.7 (the newest; see --squid-version)\n");
    }

    [Fact]
    public void A_port_that_is_not_safe_is_denied_by_its_rule()
    {
        var result = Tool.RunWithInput(Texts.DefaultWithSensor1, "check", "-", "--src", "10.1.0.5", "--method", "GET", "--port", "22", "--dst", "192.0.2.10");

        result.ExitCode.Should().Be(1);
        result.Stdout.Should().Be("DENIED\n" + Texts.InSensor1("http_access deny !Safe_ports") + "\ntarget: Squid 7.7 (the newest; see --squid-version)\n");
    }

    [Fact]
    public void No_matching_rule_is_an_implicit_answer()
    {
        var result = Tool.RunWithInput("acl a src 10.0.0.1\nhttp_access deny a\n", "check", "-", "--src", "10.0.0.2");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Be("ALLOWED (implicit: no rule matched; Squid answers the opposite of the last rule)\n<stdin>:2: http_access deny a\ntarget: Squid 7.7 (the newest; see --squid-version)\n");
    }

    [Fact]
    public void A_host_name_destination_is_assumed_public_and_the_answer_says_so()
    {
        var result = Tool.RunWithInput(Texts.DefaultWithSensor1, "check", "-", "--src", "10.1.0.5", "--dst", "myhub.azure-devices.net", "--squid-version", "6");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Be("ALLOWED\n" + Texts.InSensor1("http_access allow sensor1") + "\nassumption: assuming myhub.azure-devices.net resolves to public addresses only (check with --resolve)\ntarget: Squid 6.13\n");
    }

    [Fact]
    public void Without_destination_a_sensor_is_allowed_and_a_stranger_denied()
    {
        var sensor = Tool.RunWithInput(Texts.DefaultWithSensor1, "check", "-", "--src", "10.1.0.5", "--squid-version", "7");
        sensor.ExitCode.Should().Be(0, sensor.ToString());
        sensor.Stdout.Should().Be("ALLOWED\n" + Texts.InSensor1("http_access allow sensor1") + "\n" +
            "assumption: no destination given: assuming a public internet host (not loopback, link-local, private or reserved)\n" +
            "assumption: the URL ACLs were decided for every URL 'HOST:443' of a public host\n" +
            "target: Squid 7.7\n");

        var stranger = Tool.RunWithInput(Texts.DefaultWithSensor1, "check", "-", "--src", "192.0.2.7", "--squid-version", "7");
        stranger.ExitCode.Should().Be(1);
        stranger.Stdout.Should().StartWith("DENIED\n" + Texts.InSensor1("http_access deny all") + "\n");
    }

    [Theory]
    [InlineData("127.0.0.1", "http_access deny to_localhost")]
    [InlineData("169.254.169.254", "http_access deny to_linklocal")]
    public void Connect_to_local_addresses_is_denied(string destination, string rule)
    {
        var result = Tool.RunWithInput(Texts.DefaultWithSensor1, "check", "-", "--src", "10.1.0.5", "--dst", destination, "--squid-version", "6");

        result.ExitCode.Should().Be(1);
        result.Stdout.Should().Be("DENIED\n" + Texts.InSensor1(rule) + "\ntarget: Squid 6.13\n");
    }

    [Fact]
    public void Resolve_decides_dst_rules_with_the_addresses_of_the_name()
    {
        var result = Tool.RunWithInput(Texts.DefaultWithSensor1, "check", "-", "--src", "10.1.0.5", "--dst", "localhost", "--resolve", "--squid-version", "7");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Stdout.Should().StartWith("DENIED\n" + Texts.InSensor1("http_access deny to_localhost") + "\nassumption: localhost resolved to ");
    }

    [Fact]
    public void A_full_url_is_checked_against_url_rules()
    {
        var config = "acl api urlpath_regex ^/api/\nhttp_access allow api\nhttp_access deny all\n";
        var allowed = Tool.RunWithInput(config, "check", "-", "--src", "10.1.0.5", "--method", "GET", "--url", "http://cloud.example.com/api/v1");
        allowed.ExitCode.Should().Be(0, allowed.ToString());
        allowed.Stdout.Should().Be("ALLOWED\n<stdin>:2: http_access allow api\ntarget: Squid 7.7 (the newest; see --squid-version)\n");

        var json = Tool.RunWithInput(config, "check", "-", "--src", "10.1.0.5", "--method", "GET", "--url", "http://cloud.example.com/", "--json");
        using var doc = JsonDocument.Parse(json.Stdout);
        doc.RootElement.GetProperty("verdict").GetString().Should().Be("denied");
        doc.RootElement.GetProperty("request").GetProperty("url").GetString().Should().Be("http://cloud.example.com/");
        doc.RootElement.GetProperty("request").GetProperty("destination").GetString().Should().Be("cloud.example.com");
        doc.RootElement.GetProperty("assumptions").GetArrayLength().Should().Be(0);
        doc.RootElement.GetProperty("target").GetProperty("version").GetString().Should().Be("7.7");
        doc.RootElement.GetProperty("target").GetProperty("source").GetString().Should().Be("default");
    }

    [Theory]
    [InlineData("--squid-version", "3")]
    [InlineData("--url", "gopher://x/")]
    public void Bad_squid_versions_and_urls_are_usage_errors(string option, string value)
    {
        var result = Tool.RunWithInput(Texts.DefaultWithSensor1, "check", "-", "--src", "10.1.0.5", option, value);

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain(value);
    }

    [Fact]
    public void Url_and_dst_together_are_a_usage_error()
    {
        var result = Tool.RunWithInput(Texts.DefaultWithSensor1, "check", "-", "--src", "10.1.0.5", "--url", "http://a.example/", "--dst", "b.example");

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("--url");
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
        result.Stdout.Should().Be($"ALLOWED\n{sensors}:3: http_access allow sensor1\ntarget: Squid 7.7 (the newest; see --squid-version)\n");
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
