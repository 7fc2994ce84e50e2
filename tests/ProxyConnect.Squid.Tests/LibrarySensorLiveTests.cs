using ProxyConnect.Analysis;
using ProxyConnect.Sensors;
using ProxyConnect.Squid.Tests.Harness;
using ProxyConnect.Tests.Shared;

namespace ProxyConnect.Squid.Tests;

/// <summary>
/// The stock config with a sensor added by the library, started for real: the sensor's CONNECT to a port in
/// SSL_ports is tunnelled, a stranger is refused, and the sensor is refused on a port outside SSL_ports
/// (stock <c>http_access deny CONNECT !SSL_ports</c>). 127.0.0.1 is the predefined <c>localhost</c>, which the
/// stock config allows, so the sensor is 127.0.0.2 and the stranger 127.0.0.3.
/// </summary>
public class LibrarySensorLiveTests
{
    private const string Greeting = "hello sensor\n";

    /// <summary>The scenario above, with the library's evaluator asked the same questions.</summary>
    [SkippableFact]
    public async Task Sensor_added_by_the_library_gets_its_tunnel_and_nobody_else_does()
    {
        SquidBinary.Require();
        await using var echo = LoopbackTarget.StartEcho(Greeting);
        await using var other = LoopbackTarget.StartEcho(Greeting);
        var text = StockWithSensor(echo.Port);
        await using var squid = await LiveSquid.StartAsync(text, StockConfD);
        var config = SquidConfig.Parse(text);

        await using (var tunnel = await new SourceBoundClient("127.0.0.2", squid.Port).ConnectAsync("127.0.0.1", echo.Port))
        {
            tunnel.StatusCode.Should().Be(200, tunnel.StatusLine);
            (await tunnel.ReceiveTextAsync(Greeting)).Should().Be(Greeting);
            await tunnel.SendAsync("ping through the tunnel");
            (await tunnel.ReceiveTextAsync("ping through the tunnel")).Should().Be("ping through the tunnel");
        }

        await using (var stranger = await new SourceBoundClient("127.0.0.3", squid.Port).ConnectAsync("127.0.0.1", echo.Port))
        {
            stranger.StatusCode.Should().Be(403, "127.0.0.3 is no sensor");
        }

        await using (var wrongPort = await new SourceBoundClient("127.0.0.2", squid.Port).ConnectAsync("127.0.0.1", other.Port))
        {
            wrongPort.StatusCode.Should().Be(403, "the stock config denies CONNECT to ports outside SSL_ports");
        }

        other.AcceptedConnections.Should().Be(0, "a denied CONNECT never reaches the target");
        await squid.WaitForAccessLogAsync(line => line.Contains("127.0.0.2 ", StringComparison.Ordinal) && line.Contains("/200 ", StringComparison.Ordinal));

        config.Evaluate(new AccessRequest("127.0.0.2", "CONNECT", echo.Port, "127.0.0.1")).Verdict.Should().Be(AccessVerdict.Allowed);
        config.Evaluate(new AccessRequest("127.0.0.3", "CONNECT", echo.Port, "127.0.0.1")).Verdict.Should().Be(AccessVerdict.Denied);
        config.Evaluate(new AccessRequest("127.0.0.2", "CONNECT", other.Port, "127.0.0.1")).Verdict.Should().Be(AccessVerdict.Denied);
    }

    /// <summary>The stock conf.d include, re-pointed at a folder relative to the instance folder (Squid runs there).</summary>
    internal const string StockConfDInclude = "include conf.d/*.conf";

    /// <summary>The files of that conf.d folder: one that sets nothing (the include must match a file).</summary>
    internal static Dictionary<string, string> StockConfD => new() { ["conf.d/00-empty.conf"] = "# nothing\n" };

    /// <summary>
    /// The stock config with sensor1 = 127.0.0.2 added by <see cref="SquidConfig.AddSensor"/>, <paramref name="sslPort"/>
    /// added to SSL_ports by a line at the top (no AddAcl API yet; same-name values accumulate and a line at the top is
    /// defined before use) and the conf.d include re-pointed to <see cref="StockConfDInclude"/>.
    /// </summary>
    internal static string StockWithSensor(int sslPort)
    {
        var stock = File.ReadAllText(RepoPaths.StockDebianConfig)
            .Replace("include /etc/squid/conf.d/*.conf", StockConfDInclude, StringComparison.Ordinal);
        var withSensor = SquidConfig.Parse(stock).AddSensor(new Sensor("sensor1", "127.0.0.2"));
        var text = SquidConfig.Parse($"acl SSL_ports port {sslPort}\n" + withSensor).ToString();
        text.Should().Contain("acl sensor1 src 127.0.0.2").And.Contain("http_access allow sensor1").And.Contain(StockConfDInclude);
        return text;
    }
}
