using ApprovalTests;
using ApprovalTests.Namers;
using ProxyConnect.Sensors;
using ProxyConnect.Squid;
using ProxyConnect.Tests.Shared;
using ProxyConnect.Tests.Support;

namespace ProxyConnect.Tests.Sensors;

/// <summary>The stock Debian config with three sensors added, shown as the diff against the original.</summary>
public class StockSensorSnapshotTests
{
    private static readonly Sensor[] Three =
    {
        new("sensor1", "10.1.0.5"),
        new("plant-b", "10.2.0.0/24"),
        new("hall-c", "10.3.0.1-10.3.0.9", "fd00::17"),
    };

    [Fact]
    public void Three_sensors_at_the_marker_of_the_shared_stock_config() =>
        Approvals.Verify(AddThree(RepoPaths.StockDebianConfig, SensorPlacement.AtMarker));

    [Fact]
    public void Three_sensors_before_the_final_deny_all_of_the_shared_stock_config() =>
        Approvals.Verify(AddThree(RepoPaths.StockDebianConfig, SensorPlacement.BeforeFinalDenyAll));

    [Fact]
    public void Three_sensors_at_the_marker_of_the_installed_config()
    {
        if (!File.Exists(RepoPaths.InstalledConfig))
        {
            // Without the package there is nothing to snapshot; CI installs it, and the corpus test fails there if it is missing.
            Environment.GetEnvironmentVariable("CI").Should().NotBe("true", "CI installs squid, so /etc/squid/squid.conf must exist");
            return;
        }

        // Same snapshot as the shared copy: Debian 12's package installs the same file.
        using (ApprovalResults.ForScenario("installed"))
        {
            Approvals.Verify(AddThree(RepoPaths.InstalledConfig, SensorPlacement.AtMarker));
        }
    }

    private static string AddThree(string path, SensorPlacement placement)
    {
        var original = SquidConfig.Load(path);
        var config = original;
        foreach (var sensor in Three)
        {
            config = config.AddSensor(sensor, placement);
        }

        config.EditWarnings.Should().BeEmpty();
        return LineDiff.Render(original.ToString(), config.ToString());
    }
}
