using System.Net;
using System.Net.Sockets;
using ProxyConnect.Sensors;
using ProxyConnect.Squid.Auth;
using ProxyConnect.Squid.Tests.Harness;

namespace ProxyConnect.Squid.Tests;

/// <summary>The sensor side and authentication, end to end through a live Squid: settings made by the library drive a
/// real <see cref="HttpClient"/>, and a config and password file written by the library make Squid ask for and check
/// credentials with its own <c>basic_ncsa_auth</c> helper.</summary>
public class LiveClientAndAuthTests
{
    private const string Greeting = "hello sensor\n";

    /// <summary>SensorProxySettings.ToWebProxy drives a real HttpClient through Squid; the access log shows the sensor.</summary>
    [SkippableFact]
    public async Task An_HttpClient_using_the_sensor_settings_fetches_through_squid_from_the_sensor_address()
    {
        SquidBinary.Require();
        const string body = "cloud says hi";
        await using var target = LoopbackTarget.StartHttp(body);
        await using var squid = await LiveSquid.StartAsync(LibrarySensorLiveTests.StockWithSensor(target.Port), LibrarySensorLiveTests.StockConfD);

        var settings = SensorProxySettings.Parse($"127.0.0.1:{squid.Port}");
        using var handler = new SocketsHttpHandler
        {
            Proxy = settings.ToWebProxy(),
            UseProxy = settings.Enabled,
            // The sensor is 127.0.0.2: bind the client socket there, as the real device's address would be.
            ConnectCallback = (context, token) => ConnectFrom(IPAddress.Parse("127.0.0.2"), context.DnsEndPoint, token),
        };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };

        var text = await client.GetStringAsync(new Uri($"http://127.0.0.1:{target.Port}/"));

        text.Should().Be(body);
        var line = await squid.WaitForAccessLogAsync(l => l.Contains(" GET ", StringComparison.Ordinal));
        line.Should().Contain("127.0.0.2 ", "Squid must see the request come from the sensor's address");
    }

    /// <summary>RequireBasicAuth and PasswordFile: 407 without or with wrong credentials, 200 with the right ones.</summary>
    [SkippableFact]
    public async Task With_basic_auth_required_a_sensor_gets_407_without_or_with_wrong_credentials_and_200_with_right_ones()
    {
        SquidBinary.Require();
        Skip.IfNot(File.Exists(SquidConfigDefaults.BasicNcsaAuth), $"{SquidConfigDefaults.BasicNcsaAuth} not found (Debian package squid installs it)");
        await using var echo = LoopbackTarget.StartEcho(Greeting);

        // Squid changes into coredump_dir (the instance folder), so the helper finds the file by a relative name.
        var config = SquidConfig.Parse(LibrarySensorLiveTests.StockWithSensor(echo.Port)).RequireBasicAuth("passwords", "Sensors");
        var passwords = PasswordFile.Empty.SetPassword("sensor1", "s3cret-Pw:1");
        var files = new Dictionary<string, string>(LibrarySensorLiveTests.StockConfD) { ["passwords"] = passwords.ToString() };
        await using var squid = await LiveSquid.StartAsync(config.ToString(), files);
        var sensor = new SourceBoundClient("127.0.0.2", squid.Port);

        await using (var none = await sensor.ConnectAsync("127.0.0.1", echo.Port))
        {
            none.StatusCode.Should().Be(407, none.StatusLine);
        }

        await using (var wrong = await sensor.ConnectAsync("127.0.0.1", echo.Port, ("sensor1", "wrong")))
        {
            wrong.StatusCode.Should().Be(407, wrong.StatusLine);
        }

        await using (var right = await sensor.ConnectAsync("127.0.0.1", echo.Port, ("sensor1", "s3cret-Pw:1")))
        {
            right.StatusCode.Should().Be(200, right.StatusLine);
            (await right.ReceiveTextAsync(Greeting)).Should().Be(Greeting);
        }

        await using (var stranger = await new SourceBoundClient("127.0.0.3", squid.Port).ConnectAsync("127.0.0.1", echo.Port, ("sensor1", "s3cret-Pw:1")))
        {
            stranger.StatusCode.Should().Be(403, "credentials alone do not make a stranger a sensor");
        }
    }

    private static async ValueTask<Stream> ConnectFrom(IPAddress source, DnsEndPoint endPoint, CancellationToken token)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Bind(new IPEndPoint(source, 0));
            await socket.ConnectAsync(endPoint, token);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static class SquidConfigDefaults
    {
        public const string BasicNcsaAuth = "/usr/lib/squid/basic_ncsa_auth";
    }
}
