using ProxyConnect.Cli.Tests.Support;
using ProxyConnect.Sensors;
using ProxyConnect.Squid;

namespace ProxyConnect.Cli.Tests;

public class SyncTests
{
    private const string Csv = "name,address\nsensor1,10.1.0.5\nplant-b,10.2.0.0/24,10.3.0.7\n";

    private static string Expected(params Sensor[] sensors)
    {
        var config = SquidConfig.CreateDefault();
        foreach (var sensor in sensors)
        {
            config = config.AddSensor(sensor);
        }

        return config.ToString();
    }

    [Fact]
    public void A_csv_inventory_adds_its_sensors_in_order_and_prints_the_config()
    {
        using var temp = new TempFolder();
        var config = temp.Write("squid.conf", SquidConfig.DefaultText);
        var inventory = temp.Write("sensors.csv", Csv);

        var result = Tool.Run("sync", config, "--inventory", inventory);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Be(Expected(new Sensor("sensor1", "10.1.0.5"), new Sensor("plant-b", "10.2.0.0/24", "10.3.0.7")));
        result.Stderr.Should().Be($"proxyconnect: sync {config}: 2 added (sensor1, plant-b), 0 updated, 0 removed.\n");
        File.ReadAllText(config).Should().Be(SquidConfig.DefaultText, "without --in-place nothing is written");
    }

    [Fact]
    public void A_json_inventory_updates_and_removes_managed_sensors_and_leaves_hand_written_ones_alone()
    {
        using var temp = new TempFolder();
        var managed = Expected(new Sensor("sensor1", "10.1.0.5"), new Sensor("old", "10.9.0.1"));
        var handWritten = "acl manual src 10.7.0.1\nhttp_access allow manual\n";
        var text = managed.Replace("\n# Whatever was not allowed", "\n" + handWritten + "# Whatever was not allowed", StringComparison.Ordinal);
        text.Should().Contain(handWritten);
        var config = temp.Write("squid.conf", text);
        var inventory = temp.Write("sensors.json", "{ \"$schema\": \"../docs/schemas/inventory.schema.json\", \"sensors\": [ { \"name\": \"sensor1\", \"addresses\": [\"10.1.0.6\"] } ] }");

        var result = Tool.Run("sync", config, "--inventory", inventory, "--in-place");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stderr.Should().Contain("0 added, 1 updated (sensor1), 1 removed (old)");
        var synced = File.ReadAllText(config);
        synced.Should().Be(text.Replace("acl sensor1 src 10.1.0.5", "acl sensor1 src 10.1.0.6", StringComparison.Ordinal)
            .Replace("acl old src 10.9.0.1\nhttp_access allow old\n", string.Empty, StringComparison.Ordinal));
        synced.Should().Contain(handWritten, "hand-written sensors are never touched");
    }

    [Fact]
    public void Check_exits_1_with_the_diff_when_out_of_sync_and_0_when_in_sync()
    {
        using var temp = new TempFolder();
        var config = temp.Write("squid.conf", SquidConfig.DefaultText);
        var inventory = temp.Write("sensors.csv", Csv);

        var before = Tool.Run("sync", config, "--inventory", inventory, "--check");
        Tool.Run("sync", config, "--inventory", inventory, "--in-place").ExitCode.Should().Be(0);
        var after = Tool.Run("sync", config, "--inventory", inventory, "--check");

        before.ExitCode.Should().Be(1, before.ToString());
        before.Stdout.Should().StartWith($"--- {config}\n+++ {config}\n@@ ").And.Contain("+acl plant-b src 10.2.0.0/24 10.3.0.7\n");
        before.Stderr.Should().Contain("is not in sync with the inventory");
        after.ExitCode.Should().Be(0, after.ToString());
        after.Stdout.Should().BeEmpty();
        after.Stderr.Should().Contain("in sync (2 managed sensors)");
    }

    [Fact]
    public void In_place_in_sync_writes_nothing_says_unchanged_and_exits_0()
    {
        using var temp = new TempFolder();
        var config = temp.Write("squid.conf", Expected(new Sensor("sensor1", "10.1.0.5"), new Sensor("plant-b", "10.2.0.0/24", "10.3.0.7")));
        var inventory = temp.Write("sensors.csv", Csv);
        var snapshot = temp.Snapshot();

        var result = Tool.Run("sync", config, "--inventory", inventory, "--in-place", "--backup");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stderr.Should().Contain("unchanged");
        temp.Snapshot().Should().BeEquivalentTo(snapshot);
    }

    [Theory]
    [InlineData("name,address\nsensor1,10.1.0.5\nsensor2,10.0.0.300\n", "line 3, column 9", "10.0.0.300")]
    [InlineData("name,address\nsensor1,10.1.0.5\nbad name,10.1.0.6\n", "line 3, column 1", "bad name")]
    [InlineData("name,address\nsensor1,10.1.0.5\nSENSOR1,10.1.0.6\n", "line 3, column 1", "listed twice (first at line 2)")]
    [InlineData("name,address\nsensor1\n", "line 2, column 1", "has no address")]
    [InlineData("name,ip\nsensor1,10.1.0.5\n", "line 1, column 6", "second column must be 'address'")]
    [InlineData("[ { \"name\": \"sensor1\", \"addresses\": [ \"10.1.0.5\", 7 ] } ]", "line 1, column 51", "each address must be a string")]
    public void An_invalid_row_is_exit_2_naming_file_line_and_column_and_nothing_is_written(string inventoryText, string where, string what)
    {
        using var temp = new TempFolder();
        var config = temp.Write("squid.conf", SquidConfig.DefaultText);
        var inventory = temp.Write(inventoryText.StartsWith('[') ? "sensors.json" : "sensors.csv", inventoryText);
        var snapshot = temp.Snapshot();

        var result = Tool.Run("sync", config, "--inventory", inventory, "--in-place");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().StartWith($"proxyconnect: error: invalid inventory, nothing written: {inventory} {where}: ").And.Contain(what);
        temp.Snapshot().Should().BeEquivalentTo(snapshot);
    }

    [Fact]
    public void A_name_taken_by_a_hand_written_acl_is_exit_2_naming_its_line()
    {
        using var temp = new TempFolder();
        var text = SquidConfig.DefaultText.Replace("\n# Whatever was not allowed", "\nacl sensor1 src 10.7.0.1\nhttp_access allow sensor1\n# Whatever was not allowed", StringComparison.Ordinal);
        var config = temp.Write("squid.conf", text);
        var inventory = temp.Write("sensors.csv", "name,address\nsensor1,10.1.0.5\n");
        var line = text.Split('\n').ToList().IndexOf("acl sensor1 src 10.7.0.1") + 1;

        var result = Tool.Run("sync", config, "--inventory", inventory, "--in-place");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain($"{config} line {line} already defines ACL 'sensor1' by hand");
        File.ReadAllText(config).Should().Be(text);
    }

    [Fact]
    public void The_inventory_can_come_from_standard_input()
    {
        using var temp = new TempFolder();
        var config = temp.Write("squid.conf", SquidConfig.DefaultText);

        var result = Tool.RunWithInput("[{\"name\": \"sensor1\", \"addresses\": [\"10.1.0.5\"]}]", "sync", config, "--inventory", "-");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Be(Texts.DefaultWithSensor1);
    }

    [Fact]
    public void A_conf_d_file_is_created_and_synced_and_the_main_config_checked_for_its_include()
    {
        using var temp = new TempFolder();
        var config = temp.Write("squid.conf", SquidConfig.DefaultText);
        var confD = temp.File("sensors.conf");
        var inventory = temp.Write("sensors.csv", Csv);

        var result = Tool.Run("sync", config, "--inventory", inventory, "--conf-d", confD, "--in-place");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stderr.Should().Contain("PXC1060");
        File.ReadAllText(confD).Should().Be(SquidConfig.CreateSensorFile(confD)
            .AddSensor(new Sensor("sensor1", "10.1.0.5"), SensorPlacement.ConfD(confD))
            .AddSensor(new Sensor("plant-b", "10.2.0.0/24", "10.3.0.7"), SensorPlacement.ConfD(confD)).ToString());
        File.ReadAllText(config).Should().Be(SquidConfig.DefaultText);

        var empty = temp.Write("empty.json", "[]");
        Tool.Run("sync", config, "--inventory", empty, "--conf-d", confD, "--in-place").ExitCode.Should().Be(0);
        SquidConfig.Load(confD).Sensors.Should().BeEmpty("every sensor of a ProxyConnect conf.d file is managed");
    }

    [Theory]
    [InlineData("--check", "--in-place")]
    [InlineData("--check", "--diff")]
    [InlineData("--reload", "--diff")]
    public void Options_that_contradict_each_other_are_usage_errors(string first, string second)
    {
        using var temp = new TempFolder();
        var config = temp.Write("squid.conf", SquidConfig.DefaultText);
        var inventory = temp.Write("sensors.csv", Csv);

        var result = Tool.Run("sync", config, "--inventory", inventory, first, second, "--squid", "/bin/true");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().StartWith("proxyconnect: error: --");
        File.ReadAllText(config).Should().Be(SquidConfig.DefaultText);
    }
}
