using ProxyConnect.Cli.Tests.Support;
using ProxyConnect.Squid;

namespace ProxyConnect.Cli.Tests;

/// <summary>The reload step without a Squid: the validator and the reload are stand-in programs (/bin/true,
/// /bin/false and shell commands), so what is tested is the order, the "only on change" rule and the restore.
/// The real Squid does the same in ProxyConnect.Squid.Tests (SyncReloadLiveTests).</summary>
public class ReloadTests
{
    [Fact]
    public void A_reload_runs_after_a_change_with_the_config_path_in_the_environment()
    {
        using var temp = new TempFolder();
        var config = temp.Write("squid.conf", SquidConfig.DefaultText);
        var marker = temp.File("reloaded.txt");

        var result = Tool.Run("add-sensor", config, "--name", "sensor1", "--ip", "10.1.0.5", "--in-place", "--squid", "/bin/true",
            "--reload-command", $"printf '%s' \"$PROXYCONNECT_CONFIG\" > '{marker}'");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stderr.Should().Contain($"validated {config} and reloaded squid");
        File.ReadAllText(marker).Should().Be(config);
        File.ReadAllText(config).Should().Be(Texts.DefaultWithSensor1);
    }

    [Fact]
    public void No_reload_runs_when_nothing_changed()
    {
        using var temp = new TempFolder();
        var config = temp.Write("squid.conf", Texts.DefaultWithSensor1);
        var marker = temp.File("reloaded.txt");

        var result = Tool.Run("add-sensor", config, "--name", "sensor1", "--ip", "10.1.0.5", "--in-place", "--squid", "/bin/false",
            "--reload-command", $"touch '{marker}'");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stderr.Should().Contain("unchanged").And.Contain("not reloading");
        File.Exists(marker).Should().BeFalse();
    }

    [Fact]
    public void A_config_the_validator_refuses_is_put_back_and_nothing_is_reloaded()
    {
        using var temp = new TempFolder();
        var config = temp.Write("squid.conf", Texts.DefaultWithSensor1);
        var marker = temp.File("reloaded.txt");

        var result = Tool.Run("remove-sensor", config, "--name", "sensor1", "--in-place", "--squid", "/bin/false", "--reload-command", $"touch '{marker}'");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("squid -k parse refused").And.Contain("put the previous");
        File.ReadAllText(config).Should().Be(Texts.DefaultWithSensor1);
        File.Exists(marker).Should().BeFalse();
    }

    [Fact]
    public void A_failing_reload_puts_the_previous_file_back_and_removes_a_new_conf_d_file()
    {
        using var temp = new TempFolder();
        var config = temp.Write("squid.conf", SquidConfig.DefaultText);
        var confD = temp.File("sensors.conf");

        var result = Tool.Run("add-sensor", config, "--name", "sensor1", "--ip", "10.1.0.5", "--conf-d", confD, "--in-place", "--squid", "/bin/true",
            "--reload-command", "echo squid is not running >&2; exit 1");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("exit code 1").And.Contain("squid is not running");
        File.Exists(confD).Should().BeFalse("the file did not exist before");
        File.ReadAllText(config).Should().Be(SquidConfig.DefaultText);
    }

    [Fact]
    public void Reload_without_in_place_or_without_a_squid_is_a_usage_error_before_anything_is_written()
    {
        using var temp = new TempFolder();
        var config = temp.Write("squid.conf", SquidConfig.DefaultText);

        var printing = Tool.Run("add-sensor", config, "--name", "sensor1", "--ip", "10.1.0.5", "--reload", "--squid", "/bin/true");
        var missing = Tool.Run("add-sensor", config, "--name", "sensor1", "--ip", "10.1.0.5", "--in-place", "--reload", "--squid", temp.File("no-squid"));

        printing.ExitCode.Should().Be(2, printing.ToString());
        printing.Stderr.Should().Contain("--reload and --reload-command apply only with --in-place");
        missing.ExitCode.Should().Be(2, missing.ToString());
        missing.Stderr.Should().Contain("no-squid: no such file");
        File.ReadAllText(config).Should().Be(SquidConfig.DefaultText);
    }
}
