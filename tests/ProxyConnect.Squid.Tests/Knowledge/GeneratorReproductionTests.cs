using System.Diagnostics;
using ProxyConnect.Squid.Tests.Harness;
using ProxyConnect.Tests.Shared;

namespace ProxyConnect.Squid.Tests.Knowledge;

/// <summary>The committed tables are exactly what the generator makes of the source tarballs, when they are present
/// (<c>PROXYCONNECT_SQUID_SOURCES=1 .ci/install-squid-versions bullseye bookworm trixie sid</c>). Not required under
/// CI: the tarballs are not needed to run Squid.</summary>
public class GeneratorReproductionTests
{
    /// <summary><c>tools/squid-knowledge/generate --check</c> finds no difference.</summary>
    [SkippableFact]
    public void Generator_reproduces_the_committed_tables_byte_for_byte()
    {
        var roots = SquidVersions.RootsFolder;
        var tarballs = Directory.Exists(roots)
            ? Directory.GetDirectories(roots).SelectMany(r => Directory.Exists(Path.Combine(r, "src")) ? Directory.GetFiles(Path.Combine(r, "src"), "squid_*.orig.tar.xz") : []).ToList()
            : [];
        var majors = tarballs.Select(t => Path.GetFileName(t)["squid_".Length..].Split('.')[0]).Distinct().ToList();
        Skip.If(majors.Count < 4, $"the source tarballs of Squid 4 to 7 are not all under {roots}/*/src (found: {string.Join(", ", tarballs.Select(Path.GetFileName))}); run PROXYCONNECT_SQUID_SOURCES=1 .ci/install-squid-versions bullseye bookworm trixie sid");
        Skip.If(!File.Exists("/usr/bin/python3"), "python3 is not installed (the generator is a Python 3 script)");

        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "tools", "squid-knowledge", "generate"));
        start.ArgumentList.Add("--roots");
        start.ArgumentList.Add(roots);
        start.ArgumentList.Add("--check");
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit(120_000).Should().BeTrue("the generator takes about 10 s");

        process.ExitCode.Should().Be(0, $"the committed tables must be regenerated:{Environment.NewLine}{stdout}{stderr.Result}");
    }
}
