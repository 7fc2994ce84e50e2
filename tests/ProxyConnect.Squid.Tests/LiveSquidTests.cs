using ProxyConnect.Squid.Tests.Harness;

namespace ProxyConnect.Squid.Tests;

/// <summary>A real Squid decides CONNECT and GET requests by source address and port, as the config says.</summary>
public class LiveSquidTests : IClassFixture<SensorSquidFixture>
{
    private readonly SensorSquidFixture fixture;

    /// <summary>Creates the tests over the shared instance.</summary>
    /// <param name="fixture">The running Squid and its targets.</param>
    public LiveSquidTests(SensorSquidFixture fixture) => this.fixture = fixture;

    private LiveSquid Squid
    {
        get
        {
            SquidBinary.Require();
            return fixture.Squid;
        }
    }

    /// <summary>On every Squid version: the sensor's CONNECT is answered 200 and bytes flow both ways, a CONNECT to a
    /// port outside SSL_ports is refused, and Squid logs the sensor's address.</summary>
    /// <param name="major">The Squid major.</param>
    [SkippableTheory]
    [MemberData(nameof(SquidVersions.Majors), MemberType = typeof(SquidVersions))]
    public async Task Sensor_connect_to_an_ssl_port_tunnels_both_ways(int major)
    {
        var install = SquidVersions.Require(major);
        await using var echo = LoopbackTarget.StartEcho(SensorSquidFixture.Greeting);
        await using var other = LoopbackTarget.StartEcho(SensorSquidFixture.Greeting);
        await using var squid = await install.StartAsync(SensorSquidFixture.ConfigFor(major, echo.Port));
        var client = new SourceBoundClient("127.0.0.2", squid.Port);
        await using (var tunnel = await client.ConnectAsync("127.0.0.1", echo.Port))
        {
            tunnel.StatusCode.Should().Be(200, tunnel.StatusLine);
            (await tunnel.ReceiveTextAsync(SensorSquidFixture.Greeting)).Should().Be(SensorSquidFixture.Greeting);
            const string Payload = "reading=42;unit=degC\n";
            await tunnel.SendAsync(Payload);
            (await tunnel.ReceiveTextAsync(Payload)).Should().Be(Payload);
        }

        await using (var refused = await client.ConnectAsync("127.0.0.1", other.Port))
        {
            refused.StatusCode.Should().Be(403, "the port is not in SSL_ports");
        }

        other.AcceptedConnections.Should().Be(0);
        var logged = await squid.WaitForAccessLogAsync(line => line.Contains($"CONNECT 127.0.0.1:{echo.Port}", StringComparison.Ordinal) && line.Contains(" 127.0.0.2 ", StringComparison.Ordinal));
        logged.Should().Contain("TCP_TUNNEL/200");
    }

    /// <summary>Another source address is denied with 403 and the target is never contacted.</summary>
    [SkippableFact]
    public async Task Unknown_source_is_denied()
    {
        var squid = Squid;
        var before = fixture.Echo.AcceptedConnections;
        await using var tunnel = await new SourceBoundClient("127.0.0.3", squid.Port).ConnectAsync("127.0.0.1", fixture.Echo.Port);
        tunnel.StatusCode.Should().Be(403);
        tunnel.Headers.Should().Contain(header => header.StartsWith("X-Squid-Error: ERR_ACCESS_DENIED", StringComparison.Ordinal));
        fixture.Echo.AcceptedConnections.Should().Be(before);
        await squid.WaitForAccessLogAsync(line => line.Contains(" 127.0.0.3 TCP_DENIED/403 ", StringComparison.Ordinal));
    }

    /// <summary>The sensor's CONNECT to a port outside SSL_ports is denied by <c>deny CONNECT !SSL_ports</c>.</summary>
    [SkippableFact]
    public async Task Sensor_connect_to_a_port_outside_ssl_ports_is_denied()
    {
        var squid = Squid;
        var before = fixture.Http.AcceptedConnections;
        await using var tunnel = await new SourceBoundClient("127.0.0.2", squid.Port).ConnectAsync("127.0.0.1", fixture.Http.Port);
        tunnel.StatusCode.Should().Be(403);
        var send = () => tunnel.SendAsync("x");
        await send.Should().ThrowAsync<InvalidOperationException>("there is no tunnel");
        fixture.Http.AcceptedConnections.Should().Be(before);
    }

    /// <summary>A plain GET through the proxy is allowed for the sensor (the CONNECT rule does not apply) and denied for others.</summary>
    [SkippableFact]
    public async Task Plain_get_through_the_proxy()
    {
        var squid = Squid;
        var uri = new Uri($"http://127.0.0.1:{fixture.Http.Port}/");
        var allowed = await new SourceBoundClient("127.0.0.2", squid.Port).GetViaProxyAsync(uri);
        allowed.StatusCode.Should().Be(200, allowed.StatusLine);
        allowed.BodyText.Should().Be(SensorSquidFixture.HttpBody);
        var denied = await new SourceBoundClient("127.0.0.3", squid.Port).GetViaProxyAsync(uri);
        denied.StatusCode.Should().Be(403);
    }

    /// <summary>The overlay replaced the config's <c>http_port 3128</c>: Squid listens on its own free port only.</summary>
    [SkippableFact]
    public void Config_http_port_is_replaced()
    {
        var squid = Squid;
        squid.Port.Should().NotBe(3128);
        var log = squid.CacheLog();
        log.Should().Contain($"local=127.0.0.1:{squid.Port} ");
        log.Should().NotContain(":3128 ");
        File.ReadAllText(squid.ConfigPath).Should().Contain(SquidTestOverlay.RemovedPrefix + "http_port 3128");
    }
}
