using ProxyConnect.Squid.Tests.Harness;

namespace ProxyConnect.Squid.Tests;

/// <summary>
/// One live Squid shared by <see cref="LiveSquidTests"/>: sensor 127.0.0.2 may CONNECT to the echo target's port only.
/// Not started when squid is missing; each test then calls <see cref="SquidBinary.Require()"/> and skips or fails.
/// </summary>
public sealed class SensorSquidFixture : IAsyncLifetime
{
    private LiveSquid? squid;

    /// <summary>An echo server that greets with <see cref="Greeting"/>; its port is the only one in SSL_ports.</summary>
    public LoopbackTarget Echo { get; } = LoopbackTarget.StartEcho(Greeting);

    /// <summary>An HTTP server for plain GETs; its port is not in SSL_ports.</summary>
    public LoopbackTarget Http { get; } = LoopbackTarget.StartHttp(HttpBody);

    /// <summary>What the echo target writes first on each connection.</summary>
    public const string Greeting = "hello from the target\n";

    /// <summary>The body the HTTP target serves for <c>GET /</c>.</summary>
    public const string HttpBody = "sensor data endpoint";

    /// <summary>The running Squid (after <see cref="SquidBinary.Require()"/> succeeded).</summary>
    public LiveSquid Squid => squid ?? throw new InvalidOperationException("squid was not started");

    /// <summary>The config under test, for the machine's own Squid (5.7, which predefines <c>CONNECT</c>).</summary>
    public string Config => ConfigFor(5, Echo.Port);

    /// <summary>The config under test for Squid <paramref name="major"/>: sensor 127.0.0.2 may CONNECT to
    /// <paramref name="sslPort"/> only. <c>CONNECT</c> is predefined from Squid 5; Squid 4 needs its definition.</summary>
    /// <param name="major">The Squid major.</param>
    /// <param name="sslPort">The only port in SSL_ports.</param>
    public static string ConfigFor(int major, int sslPort) => string.Join('\n',
        (major < 5 ? ["acl CONNECT method CONNECT"] : Array.Empty<string>()).Concat(
        [
            "acl sensor1 src 127.0.0.2",
            $"acl SSL_ports port {sslPort}",
            "http_access deny CONNECT !SSL_ports",
            "http_access allow sensor1",
            "http_access deny all",
            "http_port 3128",
            string.Empty,
        ]));

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (SquidBinary.Find() != null)
        {
            squid = await LiveSquid.StartAsync(Config);
        }
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (squid != null)
        {
            await squid.DisposeAsync();
        }

        await Echo.DisposeAsync();
        await Http.DisposeAsync();
    }
}
