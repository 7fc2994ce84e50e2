using ProxyConnect.Cli.Tests.Support;
using ProxyConnect.Squid;

namespace ProxyConnect.Cli.Tests;

public class InPlaceTests
{
    [Fact]
    public void In_place_without_backup_rewrites_the_file_and_prints_nothing_on_stdout()
    {
        using var temp = new TempFolder();
        var path = temp.Write("squid.conf", SquidConfig.DefaultText);

        var result = Tool.Run("add-sensor", path, "--name", "sensor1", "--ip", "10.1.0.5", "--in-place");

        result.ExitCode.Should().Be(0, result.ToString());
        result.StdoutBytes.Should().BeEmpty();
        result.Stderr.Should().Be($"proxyconnect: wrote {path}\n");
        File.ReadAllText(path).Should().Be(Texts.DefaultWithSensor1);
        temp.Snapshot().Keys.Should().Equal("squid.conf");
    }

    [Fact]
    public void In_place_with_backup_keeps_the_factory_copy_first_then_a_bak()
    {
        using var temp = new TempFolder();
        var path = temp.Write("squid.conf", SquidConfig.DefaultText);

        var first = Tool.Run("add-sensor", path, "--name", "sensor1", "--ip", "10.1.0.5", "--in-place", "--backup");

        first.ExitCode.Should().Be(0, first.ToString());
        first.StdoutBytes.Should().BeEmpty();
        first.Stderr.Should().Be($"proxyconnect: wrote {path} (backup: {path}.factory)\n");
        File.ReadAllText(path + ".factory").Should().Be(SquidConfig.DefaultText);
        File.ReadAllText(path).Should().Be(Texts.DefaultWithSensor1);

        var second = Tool.Run("remove-sensor", path, "--name", "sensor1", "--in-place", "--backup");

        second.ExitCode.Should().Be(0, second.ToString());
        File.ReadAllText(path).Should().Be(SquidConfig.DefaultText);
        File.ReadAllText(path + ".factory").Should().Be(SquidConfig.DefaultText, "the factory copy is never overwritten");
        var bak = temp.Snapshot().Keys.Should().ContainSingle(k => k.EndsWith(".bak", StringComparison.Ordinal)).Subject;
        File.ReadAllText(temp.File(bak)).Should().Be(Texts.DefaultWithSensor1);
        second.Stderr.Should().Be($"proxyconnect: wrote {path} (backup: {temp.File(bak)})\n");
    }

    [Fact]
    public void In_place_with_nothing_to_change_leaves_the_file_alone()
    {
        using var temp = new TempFolder();
        var path = temp.Write("squid.conf", Texts.DefaultWithSensor1);
        var before = temp.Snapshot();

        var result = Tool.Run("add-sensor", path, "--name", "sensor1", "--ip", "10.1.0.5", "--in-place", "--backup");

        result.ExitCode.Should().Be(0);
        result.Stderr.Should().Contain(path).And.Contain("unchanged");
        temp.Snapshot().Should().BeEquivalentTo(before);
    }

    [Fact]
    public void In_place_with_diff_writes_the_file_and_prints_the_diff()
    {
        using var temp = new TempFolder();
        var path = temp.Write("squid.conf", SquidConfig.DefaultText);

        var result = Tool.Run("add-sensor", path, "--name", "sensor1", "--ip", "10.1.0.5", "--in-place", "--diff");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().StartWith($"--- {path}\n+++ {path}\n@@ ");
        File.ReadAllText(path).Should().Be(Texts.DefaultWithSensor1);
    }
}
