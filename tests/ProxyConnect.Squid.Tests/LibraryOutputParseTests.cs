using System.Text.RegularExpressions;
using ProxyConnect.Sensors;
using ProxyConnect.Squid.Tests.Harness;
using ProxyConnect.Tests.Shared;

namespace ProxyConnect.Squid.Tests;

/// <summary>
/// Every config the library writes passes <c>squid -k parse</c> with exit code 0 and no ERROR or FATAL line
/// (<see cref="SquidParseResult.Accepted"/>). The stock config's <c>include /etc/squid/conf.d/*.conf</c> is pointed
/// at a temporary conf.d folder, so the tests neither depend on nor read the machine's conf.d.
/// </summary>
public partial class LibraryOutputParseTests
{
    /// <summary>The stock configs: the copy in ../shared and the installed one.</summary>
    public static TheoryData<string> StockConfigs() => new() { RepoPaths.StockDebianConfig, RepoPaths.InstalledConfig };

    /// <summary>Three sensors: a single address, an IPv6 address with a CIDR, an IPv4 range with a CIDR.</summary>
    public static IReadOnlyList<Sensor> ThreeSensors { get; } =
    [
        new Sensor("sensor1", "127.0.0.2"),
        new Sensor("plc_v6", "2001:db8::5", "fd00:1:2::/64"),
        new Sensor("hall-7.range", "10.20.0.1-10.20.0.9", "192.0.2.0/28"),
    ];

    /// <summary>The stock config as it is (include re-pointed) is accepted: the baseline for the other tests.</summary>
    [SkippableTheory]
    [MemberData(nameof(StockConfigs))]
    public void Stock_config_is_accepted(string stock)
    {
        SquidBinary.Require();
        Skip.IfNot(File.Exists(stock), $"{stock} does not exist (the Debian squid package installs it)");
        AssertAccepted(File.ReadAllText(stock), confD: null);
    }

    /// <summary>Three sensors added at the marker or before the final deny all.</summary>
    [SkippableTheory]
    [MemberData(nameof(StockAndPlacement))]
    public void Stock_config_with_three_sensors_is_accepted(string stock, string placementName)
    {
        SquidBinary.Require();
        Skip.IfNot(File.Exists(stock), $"{stock} does not exist (the Debian squid package installs it)");
        var placement = placementName == "AtMarker" ? SensorPlacement.AtMarker : SensorPlacement.BeforeFinalDenyAll;
        var config = SquidConfig.Parse(File.ReadAllText(stock));
        foreach (var sensor in ThreeSensors)
        {
            config = config.AddSensor(sensor, placement);
        }

        config.Sensors.Select(s => s.Name).Should().Contain(ThreeSensors.Select(s => s.Name));
        AssertAccepted(config.ToString(), confD: null);
    }

    /// <summary>Stock config and placement pairs.</summary>
    public static TheoryData<string, string> StockAndPlacement()
    {
        var data = new TheoryData<string, string>();
        foreach (var stock in new[] { RepoPaths.StockDebianConfig, RepoPaths.InstalledConfig })
        {
            data.Add(stock, "AtMarker");
            data.Add(stock, "BeforeFinalDenyAll");
        }

        return data;
    }

    /// <summary>conf.d mode: the sensors go to a file of their own that the main config's include reads.</summary>
    [SkippableTheory]
    [MemberData(nameof(StockConfigs))]
    public void Conf_d_sensor_file_is_accepted(string stock)
    {
        SquidBinary.Require();
        Skip.IfNot(File.Exists(stock), $"{stock} does not exist (the Debian squid package installs it)");
        var folder = Directory.CreateTempSubdirectory("pxc-confd-");
        try
        {
            var confDFolder = Path.Combine(folder.FullName, "conf.d");
            var sensorFile = Path.Combine(confDFolder, "sensors.conf");
            var sensors = SquidConfig.CreateSensorFile(sensorFile);
            foreach (var sensor in ThreeSensors)
            {
                sensors = sensors.AddSensor(sensor, SensorPlacement.ConfD(sensorFile));
            }

            var main = SquidConfig.Parse(PointIncludeAt(File.ReadAllText(stock), confDFolder));
            main.CheckSensorFileIncluded(sensorFile).Should().BeEmpty("the re-pointed include reads the sensor file before the final deny all");
            var result = ParseInFolder(folder.FullName, main.ToString(), new Dictionary<string, string> { ["conf.d/sensors.conf"] = sensors.ToString() });
            result.Accepted.Should().BeTrue(result.Output);
            result.Lines.Should().Contain(line => line.Contains("acl plc_v6 src 2001:db8::5", StringComparison.Ordinal), "squid read the sensor file:" + Environment.NewLine + result.Output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The library's default config, with and without sensors, in both placements.</summary>
    [SkippableTheory]
    [InlineData(0, "AtMarker")]
    [InlineData(3, "AtMarker")]
    [InlineData(3, "BeforeFinalDenyAll")]
    public void Default_config_with_sensors_is_accepted(int count, string placementName)
    {
        var placement = placementName == "AtMarker" ? SensorPlacement.AtMarker : SensorPlacement.BeforeFinalDenyAll;
        var config = SquidConfig.CreateDefault(HostTarget());
        foreach (var sensor in ThreeSensors.Take(count))
        {
            config = config.AddSensor(sensor, placement);
        }

        AssertAccepted(config.ToString(), confD: null);
    }

    /// <summary>A sensor with IPv6 values (address, CIDR, range) and IPv4 ranges, alone in a minimal config.</summary>
    [SkippableTheory]
    [InlineData("2001:db8::1")]
    [InlineData("2001:db8:0:1::/64")]
    [InlineData("2001:db8::1-2001:db8::ff")]
    [InlineData("10.1.2.3-10.1.2.200")]
    [InlineData("172.16.5.0/24")]
    [InlineData("::ffff:10.0.0.1")]
    public void Sensor_with_ipv6_or_range_value_is_accepted(string address)
    {
        var config = SquidConfig.CreateDefault(HostTarget()).AddSensor(new Sensor("sensor_x", address));
        AssertAccepted(config.ToString(), confD: null);
    }

    /// <summary>The target of the machine's own squid, which these tests run (skips or fails when it is missing).</summary>
    private static ProxyConnect.Squid.Knowledge.SquidTarget HostTarget() =>
        SquidVersions.Host().Target ?? throw new InvalidOperationException("the host's squid is not a version ProxyConnect knows");

    /// <summary>Rewrites the stock <c>include /etc/squid/conf.d/*.conf</c> to read <paramref name="confDFolder"/> instead.</summary>
    internal static string PointIncludeAt(string configText, string confDFolder)
    {
        var rewritten = StockInclude().Replace(configText, $"include {confDFolder}/*.conf");
        rewritten.Should().Contain($"include {confDFolder}/*.conf", "the stock config has the Debian conf.d include");
        return rewritten;
    }

    /// <summary>Parses the text in a temporary folder whose conf.d (holding one comment-only file) the include reads.</summary>
    private static void AssertAccepted(string configText, string? confD)
    {
        var folder = Directory.CreateTempSubdirectory("pxc-libparse-");
        try
        {
            var text = StockInclude().IsMatch(configText) ? PointIncludeAt(configText, Path.Combine(folder.FullName, "conf.d")) : configText;
            var result = ParseInFolder(folder.FullName, text, confD == null ? null : new Dictionary<string, string> { ["conf.d/sensors.conf"] = confD });
            result.Accepted.Should().BeTrue($"squid -k parse should accept:{Environment.NewLine}{text}{Environment.NewLine}--- squid said ---{Environment.NewLine}{result.Output}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static SquidParseResult ParseInFolder(string folder, string mainText, IDictionary<string, string>? files)
    {
        Directory.CreateDirectory(Path.Combine(folder, "conf.d"));
        File.WriteAllText(Path.Combine(folder, "conf.d", "00-empty.conf"), "# the include must match a file\n");
        foreach (var (name, content) in files ?? new Dictionary<string, string>())
        {
            File.WriteAllText(Path.Combine(folder, name), content);
        }

        var main = Path.Combine(folder, SquidParser.ConfigFileName);
        File.WriteAllText(main, mainText);
        return SquidParser.ParseFile(main);
    }

    [GeneratedRegex(@"^include /etc/squid/conf\.d/\*\.conf", RegexOptions.Multiline)]
    private static partial Regex StockInclude();
}
