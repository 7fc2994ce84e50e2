using System.Diagnostics;
using ProxyConnect.Squid.Tests.Harness;
using ProxyConnect.Tests.Shared;

namespace ProxyConnect.Squid.Tests;

/// <summary>
/// The operator's loop against one running Squid, never restarted: a sensor is refused; <c>sync --in-place --reload</c>
/// from a CSV inventory adds it and the same Squid tunnels its CONNECT; a JSON inventory without it removes it and
/// Squid refuses it again; <c>--check</c> says out of sync before and in sync after; a failing reload puts the previous
/// file back. The reload is <c>squid -k reconfigure</c> of this instance (its own service name and pid file).
/// </summary>
public class SyncReloadLiveTests
{
    private const string Sensor = "127.0.0.2";
    private const string Greeting = "hello sensor\n";

    /// <summary>Squid applies a reconfigure asynchronously: the bound on waiting for the new rules to answer.</summary>
    private static readonly TimeSpan ReconfigureWait = TimeSpan.FromSeconds(30);

    /// <summary>The scenario of the class summary, in one running Squid.</summary>
    [SkippableFact]
    public async Task Sync_with_reload_adds_and_removes_a_sensor_in_a_running_squid_and_a_failing_reload_restores_the_file()
    {
        var squidBinary = SquidBinary.Require();
        await using var echo = LoopbackTarget.StartEcho(Greeting);
        await using var squid = await LiveSquid.StartAsync(StockWithoutSensors(echo.Port));
        var config = squid.ConfigPath;
        var reloadCommand = $"{squidBinary} -n {squid.ServiceName} -f \"$PROXYCONNECT_CONFIG\" -k reconfigure";
        var csv = Path.Combine(squid.Folder, "sensors.csv");
        File.WriteAllText(csv, $"name,address\nsensor1,{Sensor}\n");
        var json = Path.Combine(squid.Folder, "sensors.json");
        File.WriteAllText(json, "[]\n");

        var processId = squid.ProcessId;
        (await StatusFromSensor(squid, echo)).Should().Be(403, "the stock config knows no sensor yet");

        var before = InProcessTool.Run(string.Empty, "sync", config, "--inventory", csv, "--check");
        before.ExitCode.Should().Be(1, before.ToString());
        before.Stdout.Should().Contain($"+acl sensor1 src {Sensor}").And.Contain("+http_access allow sensor1");

        var add = InProcessTool.Run(string.Empty, "sync", config, "--inventory", csv, "--in-place", "--reload", "--squid", squidBinary, "--reload-command", reloadCommand);
        add.ExitCode.Should().Be(0, add.ToString());
        add.Stderr.Should().Contain("1 added (sensor1)").And.Contain("reloaded squid");
        (await WaitForStatusFromSensor(squid, echo, 200)).Should().Be(200, "the same running squid lets the sensor through after the reload\n" + squid.CacheLog());

        var after = InProcessTool.Run(string.Empty, "sync", config, "--inventory", csv, "--check");
        after.ExitCode.Should().Be(0, after.ToString());
        after.Stdout.Should().BeEmpty();

        var remove = InProcessTool.Run(string.Empty, "sync", config, "--inventory", json, "--in-place", "--reload", "--squid", squidBinary, "--reload-command", reloadCommand);
        remove.ExitCode.Should().Be(0, remove.ToString());
        remove.Stderr.Should().Contain("1 removed (sensor1)");
        (await WaitForStatusFromSensor(squid, echo, 403)).Should().Be(403, "the sensor is gone from the inventory\n" + squid.CacheLog());

        var unchangedBytes = File.ReadAllBytes(config);
        var failing = InProcessTool.Run(string.Empty, "sync", config, "--inventory", csv, "--in-place", "--reload", "--squid", squidBinary, "--reload-command", "echo reload refused >&2; exit 3");
        failing.ExitCode.Should().Be(2, failing.ToString());
        failing.Stderr.Should().Contain("exit code 3").And.Contain("reload refused").And.Contain("previous");
        File.ReadAllBytes(config).Should().Equal(unchangedBytes, "a failing reload puts the previous file back");
        (await StatusFromSensor(squid, echo)).Should().Be(403, "nothing was reloaded");
        squid.CacheLog().Should().Contain("Reconfiguring Squid Cache", "the rules changed by reconfigure");
        Process.GetProcessById(processId).HasExited.Should().BeFalse("the same squid process served every step, never restarted");
    }

    /// <summary>The stock Debian config with the echo port in SSL_ports and no conf.d include (its relative path would
    /// depend on the directory squid -k parse runs in).</summary>
    private static string StockWithoutSensors(int sslPort)
    {
        var stock = File.ReadAllText(RepoPaths.StockDebianConfig)
            .Replace("include /etc/squid/conf.d/*.conf", "# (conf.d include removed for the test)", StringComparison.Ordinal);
        return $"acl SSL_ports port {sslPort}\n" + stock;
    }

    private static async Task<int> StatusFromSensor(LiveSquid squid, LoopbackTarget echo)
    {
        await using var tunnel = await new SourceBoundClient(Sensor, squid.Port).ConnectAsync("127.0.0.1", echo.Port);
        return tunnel.StatusCode;
    }

    /// <summary>Asks until Squid answers <paramref name="expected"/> or <see cref="ReconfigureWait"/> passes; returns
    /// the last answer (the assertion is on the answer, not on the time it took).</summary>
    private static async Task<int> WaitForStatusFromSensor(LiveSquid squid, LoopbackTarget echo, int expected)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            int status;
            try
            {
                status = await StatusFromSensor(squid, echo);
            }
            catch (IOException) when (clock.Elapsed < ReconfigureWait)
            {
                // Squid closes listening sockets while it reconfigures.
                status = -1;
            }
            catch (System.Net.Sockets.SocketException) when (clock.Elapsed < ReconfigureWait)
            {
                status = -1;
            }

            if (status == expected || clock.Elapsed >= ReconfigureWait)
            {
                return status;
            }

            await Task.Delay(100);
        }
    }
}
