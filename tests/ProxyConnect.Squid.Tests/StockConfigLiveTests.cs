using ProxyConnect.Squid.Tests.Harness;
using ProxyConnect.Tests.Shared;

namespace ProxyConnect.Squid.Tests;

/// <summary>The stock Debian config, started for real: it serves localhost only, so a sensor is denied until a rule allows it.</summary>
public class StockConfigLiveTests
{
    /// <summary>127.0.0.1 (the predefined <c>localhost</c>) gets through; 127.0.0.2 does not.</summary>
    [SkippableFact]
    public async Task Stock_config_allows_localhost_only()
    {
        SquidBinary.Require();
        Skip.IfNot(Directory.Exists("/etc/squid/conf.d"), "the stock config includes /etc/squid/conf.d/*.conf, which the Debian squid package installs");
        await using var target = LoopbackTarget.StartHttp("ok");
        await using var squid = await LiveSquid.StartAsync(await File.ReadAllTextAsync(RepoPaths.StockDebianConfig));
        var uri = new Uri($"http://127.0.0.1:{target.Port}/");

        (await new SourceBoundClient("127.0.0.1", squid.Port).GetViaProxyAsync(uri)).StatusCode.Should().Be(200);
        (await new SourceBoundClient("127.0.0.2", squid.Port).GetViaProxyAsync(uri)).StatusCode.Should().Be(403);
        await using var tunnel = await new SourceBoundClient("127.0.0.1", squid.Port).ConnectAsync("127.0.0.1", target.Port);
        tunnel.StatusCode.Should().Be(403, "the stock config denies CONNECT to ports other than 443");
    }
}
