using System.Text;
using ProxyConnect.Cli;
using ProxyConnect.Sensors;
using ProxyConnect.Squid.Knowledge;
using ProxyConnect.Squid.Tests.Harness;
using Xunit.Abstractions;

namespace ProxyConnect.Squid.Tests;

/// <summary>
/// Generation per version: the default config for each Squid, with and without sensors, and each version's own stock
/// config (<c>/etc/squid/squid.conf</c> of that Debian package) with sensors, pass that Squid's <c>-k parse</c> with
/// no ERROR and no WARNING line.
/// </summary>
public class DefaultConfigSquidTests(ITestOutputHelper output)
{
    /// <summary>The default for the version, as generated.</summary>
    /// <param name="major">The Squid major.</param>
    [SkippableTheory]
    [MemberData(nameof(SquidVersions.Majors), MemberType = typeof(SquidVersions))]
    public void The_default_config_is_accepted_without_errors_or_warnings(int major)
    {
        var squid = SquidVersions.Require(major);
        var text = SquidConfig.DefaultTextFor(TargetOf(squid));

        AssertClean(squid, text, squid.Parse(text));
    }

    /// <summary>The default for the version with two sensors added by the library, one at the marker and one
    /// before the final deny.</summary>
    /// <param name="major">The Squid major.</param>
    [SkippableTheory]
    [MemberData(nameof(SquidVersions.Majors), MemberType = typeof(SquidVersions))]
    public void The_default_config_with_two_sensors_is_accepted_without_errors_or_warnings(int major)
    {
        var squid = SquidVersions.Require(major);
        var text = WithTwoSensors(SquidConfig.CreateDefault(TargetOf(squid))).ToString();

        AssertClean(squid, text, squid.Parse(text));
    }

    /// <summary>The version's own stock config with two sensors: no ERROR or WARNING line beyond those the untouched
    /// stock config already prints (Debian's 7.7 ships a conf.d/debian.conf whose refresh_pattern ages 7.7 crops with
    /// a WARNING; those are listed in the output).</summary>
    /// <param name="major">The Squid major.</param>
    [SkippableTheory]
    [MemberData(nameof(SquidVersions.Majors), MemberType = typeof(SquidVersions))]
    public void The_stock_config_with_two_sensors_adds_no_error_or_warning(int major)
    {
        var squid = SquidVersions.Require(major);
        var stockPath = squid.HostPath("/etc/squid/squid.conf");
        Skip.IfNot(File.Exists(stockPath), $"{squid} has no stock config at {stockPath}");
        var stock = File.ReadAllText(stockPath);
        var text = WithTwoSensors(SquidConfig.Parse(stock)).ToString();
        text.Should().Contain("acl sensor1 src 10.1.0.5").And.Contain("acl sensor2 src 10.2.0.0/24 fd00::7");

        var before = squid.Parse(stock);
        var after = squid.Parse(text);

        var baseline = before.Errors.Concat(before.Warnings).Select(SquidParseResult.Message).ToList();
        output.WriteLine($"{squid}: the stock config alone prints {baseline.Count} ERROR/WARNING line(s){(baseline.Count > 0 ? ":" + Environment.NewLine + string.Join(Environment.NewLine, baseline) : string.Empty)}");
        after.Accepted.Should().BeTrue(after.Output);
        after.Errors.Concat(after.Warnings).Select(SquidParseResult.Message).Should().BeEquivalentTo(baseline, after.Output);
    }

    /// <summary>The tool's default (for the newest Squid) with two sensors added by the command-line tool
    /// (in-process), one at the marker and one before the final deny, passes the newest Squid.</summary>
    [SkippableFact]
    public void The_tool_default_with_two_sensors_is_accepted_by_the_newest_squid()
    {
        var squid = SquidVersions.Require(SquidTarget.Newest.Major);

        var first = RunTool(Array.Empty<byte>(), "add-sensor", "--name", "sensor1", "--ip", "10.1.0.5");
        var second = RunTool(first, "add-sensor", "-", "--name", "sensor2", "--ip", "10.2.0.0/24", "--ip", "fd00::7", "--at", "before-deny-all");
        var text = Encoding.UTF8.GetString(second);
        text.Should().Contain("acl sensor1 src 10.1.0.5\nhttp_access allow sensor1\n")
            .And.Contain("acl sensor2 src 10.2.0.0/24 fd00::7\nhttp_access allow sensor2\n");

        AssertClean(squid, text, squid.Parse(text));
    }

    private static SquidTarget TargetOf(SquidInstall squid) =>
        squid.Target ?? throw new InvalidOperationException($"{squid} is not a version ProxyConnect knows");

    private static SquidConfig WithTwoSensors(SquidConfig config) =>
        config.AddSensor(new Sensor("sensor1", "10.1.0.5"))
              .AddSensor(new Sensor("sensor2", ["10.2.0.0/24", "fd00::7"]), SensorPlacement.BeforeFinalDenyAll);

    private void AssertClean(SquidInstall squid, string text, SquidParseResult result)
    {
        output.WriteLine($"{squid}: {result}");
        result.Accepted.Should().BeTrue(result.Output);
        result.Errors.Should().BeEmpty(result.Output);
        result.Warnings.Should().BeEmpty(result.Output);
        text.Should().Contain(SquidConfig.MarkerText, "the marker comment stays in every version's default");
    }

    private static byte[] RunTool(byte[] stdin, params string[] args)
    {
        using var input = new MemoryStream(stdin);
        using var output = new MemoryStream();
        var error = new StringWriter();
        var exit = Program.Run(args, input, output, error);
        exit.Should().Be(0, error.ToString());
        return output.ToArray();
    }
}
