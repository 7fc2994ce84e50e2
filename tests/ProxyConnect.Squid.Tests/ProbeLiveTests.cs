using ProxyConnect.Squid.Auth;
using ProxyConnect.Squid.Tests.Harness;

namespace ProxyConnect.Squid.Tests;

/// <summary><c>proxyconnect probe</c> through a live Squid: an allowed source gets its tunnel, a refused source gets
/// 403, a login is asked for (407) without credentials and refused with wrong ones, and a proxy that is not there is
/// "unreachable". With <c>--config</c> the evaluator's deciding line is named and compared with the live answer.</summary>
public class ProbeLiveTests
{
    private const string Greeting = "hello sensor\n";

    /// <summary>127.0.0.2 is sensor1: tunnel, deciding rule its allow line; 127.0.0.3 is refused by the final deny.</summary>
    [SkippableFact]
    public async Task An_allowed_sensor_gets_its_tunnel_and_a_stranger_is_refused_with_the_deciding_lines_named()
    {
        SquidBinary.Require();
        await using var echo = LoopbackTarget.StartEcho(Greeting);
        await using var squid = await LiveSquid.StartAsync(LibrarySensorLiveTests.StockWithSensor(echo.Port), LibrarySensorLiveTests.StockConfD);
        var sensorRule = Line(squid.ConfigPath, "http_access allow sensor1");
        var denyAll = LastLine(squid.ConfigPath, "http_access deny all");

        var allowed = Probe(string.Empty, squid, echo, "--from", "127.0.0.2", "--config", squid.ConfigPath);

        allowed.ExitCode.Should().Be(0, allowed.ToString());
        allowed.Stdout.Should().StartWith("TUNNEL ESTABLISHED")
            .And.Contain("proxy answered: HTTP/1.1 200")
            .And.Contain($"config says: ALLOWED\n{squid.ConfigPath}:{sensorRule}: http_access allow sensor1")
            .And.Contain("AGREES");

        var refused = Probe(string.Empty, squid, echo, "--from", "127.0.0.3", "--config", squid.ConfigPath, "--json");

        refused.ExitCode.Should().Be(1, refused.ToString());
        using var doc = System.Text.Json.JsonDocument.Parse(refused.Stdout);
        doc.RootElement.GetProperty("outcome").GetString().Should().Be("refused");
        doc.RootElement.GetProperty("status").GetInt32().Should().Be(403);
        doc.RootElement.GetProperty("source").GetString().Should().Be("127.0.0.3");
        var config = doc.RootElement.GetProperty("config");
        config.GetProperty("agreement").GetString().Should().Be("agrees");
        config.GetProperty("check").GetProperty("verdict").GetString().Should().Be("denied");
        config.GetProperty("check").GetProperty("rule").GetProperty("line").GetInt32().Should().Be(denyAll);
    }

    /// <summary>Under basic auth: 407 without credentials (login required), 407 with a wrong password (login
    /// rejected, the password never printed), 200 with the right one.</summary>
    [SkippableFact]
    public async Task A_login_is_required_without_credentials_and_refused_with_wrong_ones()
    {
        SquidBinary.Require();
        Skip.IfNot(File.Exists("/usr/lib/squid/basic_ncsa_auth"), "/usr/lib/squid/basic_ncsa_auth not found (Debian package squid installs it)");
        await using var echo = LoopbackTarget.StartEcho(Greeting);
        var text = SquidConfig.Parse(LibrarySensorLiveTests.StockWithSensor(echo.Port)).RequireBasicAuth("passwords", "Sensors").ToString();
        var files = new Dictionary<string, string>(LibrarySensorLiveTests.StockConfD)
        {
            ["passwords"] = PasswordFile.Empty.SetPassword("sensor1", "s3cret-Pw:1").ToString(),
        };
        await using var squid = await LiveSquid.StartAsync(text, files);

        var none = Probe(string.Empty, squid, echo, "--from", "127.0.0.2", "--config", squid.ConfigPath);
        none.ExitCode.Should().Be(1, none.ToString());
        none.Stdout.Should().StartWith("LOGIN REQUIRED").And.Contain("407").And.Contain("AGREES");

        var wrong = Probe("not-the-password\n", squid, echo, "--from", "127.0.0.2", "--user", "sensor1", "--password-stdin", "--config", squid.ConfigPath);
        wrong.ExitCode.Should().Be(1, wrong.ToString());
        wrong.Stdout.Should().StartWith("LOGIN REJECTED").And.Contain("'sensor1'").And.Contain("does not check passwords");
        wrong.Stdout.Should().NotContain("not-the-password");

        var right = Probe("s3cret-Pw:1\n", squid, echo, "--from", "127.0.0.2", "--user", "sensor1", "--password-stdin");
        right.ExitCode.Should().Be(0, right.ToString());
        right.Stdout.Should().StartWith("TUNNEL ESTABLISHED");
    }

    /// <summary>Nothing listens on the port: exit code 2, "proxy unreachable".</summary>
    [Fact]
    public void A_proxy_that_is_not_listening_is_unreachable_with_exit_code_2()
    {
        var port = LoopbackPorts.GetFree();

        var result = InProcessTool.Run(string.Empty, "probe", "--proxy", $"127.0.0.1:{port}", "--target", "127.0.0.1:443", "--timeout", "5");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stdout.Should().BeEmpty("exit code 2 writes nothing on stdout");
        result.Stderr.Should().Contain($"PROXY UNREACHABLE: cannot connect to the proxy 127.0.0.1:{port}");
    }

    private static ToolRun Probe(string stdin, LiveSquid squid, LoopbackTarget echo, params string[] extra) =>
        InProcessTool.Run(stdin, ["probe", "--proxy", $"http://127.0.0.1:{squid.Port}", "--target", $"127.0.0.1:{echo.Port}", .. extra]);

    private static int Line(string path, string text) =>
        Array.FindIndex(File.ReadAllLines(path), l => l.Trim() == text) + 1;

    private static int LastLine(string path, string text) =>
        Array.FindLastIndex(File.ReadAllLines(path), l => l.Trim() == text) + 1;
}
