using System.Text.Json;
using ProxyConnect.Cli.Tests.Support;
using ProxyConnect.Sensors;
using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Cli.Tests;

/// <summary>Issue 15 part 3: <c>--squid-version</c> on lint, check, default, add-sensor, remove-sensor and sync; the
/// output says which Squid it answered for.</summary>
public class SquidVersionOptionTests
{
    /// <summary>New in Squid 6: an error for 5, nothing for 7.</summary>
    private const string Squid6Directive = "paranoid_hit_validation 1 second\nhttp_access deny all\n";

    [Theory]
    [InlineData("4")]
    [InlineData("5")]
    [InlineData("6.13")]
    [InlineData("7")]
    public void Default_prints_the_default_of_that_version_and_names_it_on_stderr(string version)
    {
        var target = SquidTarget.Parse(version);

        var result = Tool.Run("default", "--squid-version", version);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Be(SquidConfig.DefaultTextFor(target));
        result.Stderr.Should().Be($"proxyconnect: default config for {target}.\n");
    }

    [Fact]
    public void The_defaults_of_4_and_7_differ_so_the_option_is_not_ignored()
    {
        Tool.Run("default", "--squid-version", "4").Stdout.Should().NotBe(Tool.Run("default", "--squid-version", "7").Stdout);
    }

    [Fact]
    public void Lint_answers_for_the_version_given_and_says_so()
    {
        var five = Tool.RunWithInput(Squid6Directive, "lint", "-", "--squid-version", "5");
        var seven = Tool.RunWithInput(Squid6Directive, "lint", "-", "--squid-version", "7");

        five.ExitCode.Should().Be(1, five.ToString());
        five.Stdout.Should().Contain("PXC1010").And.EndWith("1 error, 0 warnings for Squid 5.7\n");
        seven.ExitCode.Should().Be(0, seven.ToString());
        seven.Stdout.Should().Be("no findings for Squid 7.7\n");
    }

    [Fact]
    public void Lint_json_names_the_target_and_how_it_was_chosen()
    {
        var given = Tool.RunWithInput(Squid6Directive, "lint", "-", "--json", "--squid-version", "6.13+openssl");
        var absent = Tool.RunWithInput(Squid6Directive, "lint", "-", "--json");

        using var givenDoc = JsonDocument.Parse(given.Stdout);
        givenDoc.RootElement.GetProperty("target").GetProperty("version").GetString().Should().Be("6.13+openssl");
        givenDoc.RootElement.GetProperty("target").GetProperty("openSsl").GetBoolean().Should().BeTrue();
        givenDoc.RootElement.GetProperty("target").GetProperty("source").GetString().Should().Be("option");
        using var absentDoc = JsonDocument.Parse(absent.Stdout);
        absentDoc.RootElement.GetProperty("target").GetProperty("version").GetString().Should().Be("7.7");
        absentDoc.RootElement.GetProperty("target").GetProperty("source").GetString().Should().Be("default");
        Schemas.Errors(Schemas.Docs("lint.schema.json"), given.Stdout).Should().BeEmpty();
    }

    [Fact]
    public void Auto_reads_the_local_squid_or_falls_back_to_the_newest_and_says_which()
    {
        var local = new[] { "/usr/sbin/squid" }.Concat((Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries).Select(d => Path.Combine(d, "squid")))
            .FirstOrDefault(File.Exists);

        var result = Tool.RunWithInput(Squid6Directive, "lint", "-", "--json", "--squid-version", "auto");

        using var doc = JsonDocument.Parse(result.Stdout);
        var target = doc.RootElement.GetProperty("target");
        if (local is null)
        {
            target.GetProperty("source").GetString().Should().Be("default");
            target.GetProperty("version").GetString().Should().Be("7.7");
            result.Stderr.Should().Contain("no squid at /usr/sbin/squid or on PATH; using the newest, Squid 7.7");
        }
        else
        {
            var (_, stdout, stderr) = Processes.Run(local, Path.GetTempPath(), TimeSpan.FromSeconds(60), null, "-v");
            var expected = SquidTarget.FromVersionOutput(stdout + stderr)!;
            target.GetProperty("source").GetString().Should().Be("auto");
            target.GetProperty("version").GetString().Should().StartWith($"{expected.Major}.{expected.Minor}");
            result.Stderr.Should().Contain($"--squid-version auto: {expected}, from '{local} -v'");
        }
    }

    [Fact]
    public void Auto_asks_the_squid_given_with_the_squid_path_option()
    {
        using var temp = new TempFolder();
        var fake = temp.Write("squid", "#!/bin/sh\necho 'Squid Cache: Version 6.13'\necho \"configure options:  '--prefix=/usr' '--with-openssl'\"\n");
        Processes.Run("chmod", temp.Path, TimeSpan.FromSeconds(30), null, "+x", fake).ExitCode.Should().Be(0);

        var result = Tool.RunWithInput(Texts.DefaultWithSensor1, "remove-sensor", "-", "--name", "sensor1", "--squid-version", "auto", "--squid", fake);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stderr.Should().Contain($"--squid-version auto: Squid 6.13 (OpenSSL), from '{fake} -v'");
        result.Stdout.Should().NotContain("sensor1");
    }

    [Fact]
    public void Check_names_the_target_in_text_and_json()
    {
        var text = Tool.RunWithInput(Texts.DefaultWithSensor1, "check", "-", "--src", "10.1.0.5", "--dst", "192.0.2.10", "--squid-version", "5");
        var json = Tool.RunWithInput(Texts.DefaultWithSensor1, "check", "-", "--src", "10.1.0.5", "--dst", "192.0.2.10", "--squid-version", "5", "--json");

        text.Stdout.Should().EndWith("target: Squid 5.7\n");
        using var doc = JsonDocument.Parse(json.Stdout);
        doc.RootElement.GetProperty("target").GetProperty("version").GetString().Should().Be("5.7");
        doc.RootElement.GetProperty("target").GetProperty("source").GetString().Should().Be("option");
    }

    [Fact]
    public void Check_no_longer_takes_squid_as_a_version()
    {
        var result = Tool.RunWithInput(Texts.DefaultWithSensor1, "check", "-", "--src", "10.1.0.5", "--squid", "6");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void Add_sensor_without_config_edits_the_default_of_the_version_given()
    {
        var result = Tool.Run("add-sensor", "--name", "sensor1", "--ip", "10.1.0.5", "--squid-version", "4");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Be(SquidConfig.CreateDefault(SquidTarget.Squid4).AddSensor(new Sensor("sensor1", "10.1.0.5")).ToString());
    }

    [Fact]
    public void Sync_takes_the_version()
    {
        using var temp = new TempFolder();
        var config = temp.Write("squid.conf", SquidConfig.DefaultTextFor(SquidTarget.Squid5));
        var inventory = temp.Write("sensors.csv", "name,address\nsensor1,10.1.0.5\n");

        var result = Tool.Run("sync", config, "--inventory", inventory, "--squid-version", "5");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain(Texts.Sensor1Lines);
    }

    [Theory]
    [InlineData("lint", "-")]
    [InlineData("default")]
    [InlineData("add-sensor", "-", "--name", "s1", "--ip", "10.0.0.1")]
    [InlineData("remove-sensor", "-", "--name", "s1")]
    [InlineData("sync", "-", "--inventory", "/nonexistent.csv")]
    [InlineData("check", "-", "--src", "10.0.0.1")]
    public void A_version_ProxyConnect_does_not_know_is_a_usage_error_naming_it(params string[] args)
    {
        var result = Tool.RunWithInput("http_access deny all\n", args.Concat(new[] { "--squid-version", "3.5" }).ToArray());

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().Contain("--squid-version '3.5' is not a Squid version ProxyConnect knows");
    }

    [Fact]
    public void Help_tells_the_version_option_from_the_squid_binary_option()
    {
        var help = Tool.Run("add-sensor", "--help");

        help.Stdout.Should().Contain("--squid-version").And.Contain("4|5|6|7|X.Y[+openssl]|auto");
        help.Stdout.Should().Contain("--squid <PATH>").And.Contain("The squid binary");
    }
}
