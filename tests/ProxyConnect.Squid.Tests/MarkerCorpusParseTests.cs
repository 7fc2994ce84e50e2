using ProxyConnect.Sensors;
using ProxyConnect.Squid.Tests.Harness;
using ProxyConnect.Tests.Shared;

namespace ProxyConnect.Squid.Tests;

/// <summary>Issue 17: adding a sensor never makes Squid refuse a config it accepted. Every corpus config that carries
/// the marker gets a sensor at the marker, and squid -k parse must accept the result whenever it accepted the input
/// (among them the config that defines its login ACL below the marker, which once made Squid refuse to start).</summary>
public class MarkerCorpusParseTests
{
    /// <summary>Our corpus and ../shared/squid: every file with the marker comment, relative to the repository.</summary>
    public static TheoryData<string> ConfigsWithMarker()
    {
        var data = new TheoryData<string>();
        var own = Path.Combine(RepoPaths.Root, "tests", "ProxyConnect.Tests", "Corpus");
        foreach (var file in Directory.EnumerateFiles(own).Concat(Directory.EnumerateFiles(RepoPaths.SharedSquid, "*", SearchOption.AllDirectories))
                     .Where(f => !f.EndsWith(".md", StringComparison.Ordinal))
                     .OrderBy(f => f, StringComparer.Ordinal))
        {
            if (SquidConfig.Load(file).MarkerLocation != null)
            {
                data.Add(Path.GetRelativePath(RepoPaths.Root, file));
            }
        }

        return data;
    }

    /// <summary>The data source holds the cases this test exists for.</summary>
    [Fact]
    public void The_corpus_has_marker_configs_including_the_login_below_the_marker_case() =>
        ConfigsWithMarker().Cast<object[]>().Select(row => (string)row[0]).Should().Contain(f => f.EndsWith("marker-login-defined-below.conf", StringComparison.Ordinal))
            .And.Contain(f => f.EndsWith("marker-double-hash.conf", StringComparison.Ordinal));

    /// <summary>Accepted before, accepted after; the sensor is plain (no login added behind the operator's back).</summary>
    /// <param name="relativePath">The config, relative to the repository.</param>
    [SkippableTheory]
    [MemberData(nameof(ConfigsWithMarker))]
    public void A_sensor_added_at_the_marker_keeps_the_config_acceptable(string relativePath)
    {
        SquidBinary.Require();
        var original = SquidConfig.Load(Path.Combine(RepoPaths.Root, relativePath));
        var before = SquidParser.Parse(original.ToString());
        Skip.IfNot(before.Accepted, $"Squid refuses {relativePath} as it is, so there is nothing to keep: {string.Join(" / ", before.Fatals.Concat(before.Errors))}");

        var edited = original.AddSensor(new Sensor("pxc_sensor", "10.77.0.5"));
        var after = SquidParser.Parse(edited.ToString());

        after.Accepted.Should().BeTrue($"Squid accepted {relativePath} before the sensor was added; it said afterwards:\n{after.Output}");
        edited.Sensors.Should().Contain(s => s.Name == "pxc_sensor" && s.RequiredAcl == null);
    }
}
