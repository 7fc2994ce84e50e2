using System.IO.Compression;
using ProxyConnect.Cli.Tests.Support;
using ProxyConnect.Squid;
using ProxyConnect.Tests.Shared;

namespace ProxyConnect.Cli.Tests;

public class ToolPackageTests
{
    [Fact]
    [Trait("Category", "Slow")]
    public void The_packed_tool_installs_from_a_local_feed_and_runs()
    {
        using var temp = new TempFolder();
        var feed = temp.File("feed");
        var tools = temp.File("tools");
        var timeout = TimeSpan.FromMinutes(8);

        var pack = Processes.Run("dotnet", RepoPaths.Root, timeout, null, "pack", "src/ProxyConnect.Cli", "-o", feed);
        pack.ExitCode.Should().Be(0, pack.Stdout + pack.Stderr);

        // The library is a project reference: the tool package carries it, so the feed needs nothing else.
        var package = Path.Combine(feed, "ProxyConnect.Tool.0.1.0.nupkg");
        // Every shipped package comes with its symbols package (Directory.Build.props).
        Directory.GetFiles(feed).Select(Path.GetFileName).Should().BeEquivalentTo("ProxyConnect.Tool.0.1.0.nupkg", "ProxyConnect.Tool.0.1.0.snupkg");
        using (var zip = ZipFile.OpenRead(package))
        {
            zip.Entries.Select(e => e.FullName).Should().Contain(new[] { "tools/net8.0/any/ProxyConnect.dll", "tools/net8.0/any/ProxyConnect.Cli.dll", "tools/net8.0/any/DotnetToolSettings.xml" });
        }

        // A private packages folder: a tool installed earlier with the same version must not be taken from the cache.
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = temp.File("packages") };
        var install = Processes.Run("dotnet", temp.Path, timeout, environment,
            "tool", "install", "--tool-path", tools, "--add-source", feed, "ProxyConnect.Tool", "--version", "0.1.0");
        install.ExitCode.Should().Be(0, install.Stdout + install.Stderr);

        var tool = Path.Combine(tools, OperatingSystem.IsWindows() ? "proxyconnect.exe" : "proxyconnect");
        var run = Processes.Run(tool, temp.Path, timeout, null, "default");

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().Be(SquidConfig.DefaultText);
    }
}
