using System.Diagnostics;
using ProxyConnect.Analysis;
using ProxyConnect.Squid.Knowledge;
using ProxyConnect.Squid.Tests.Harness;
using ProxyConnect.Tests.Shared;
using Xunit.Abstractions;

namespace ProxyConnect.Squid.Tests;

/// <summary>
/// The probe suite (Probes/*.txt, one single-directive config per line) linted for Squid 4, 5, 6 and 7 and parsed by
/// each version's own <c>squid -k parse</c> (Debian chroots of .ci/install-squid-versions under
/// <c>PROXYCONNECT_SQUID_ROOTS</c>, default <c>/var/cache/proxyconnect/squid-roots</c>): lint reports an error exactly
/// when that Squid fails. A probe Squid passes with an ERROR line (it ignores the line) may go either way and is
/// counted apart. Prints the agreement per version.
/// </summary>
/// <remarks>Runs the chroots itself until the shared multi-version harness (Harness/, issue 15) is in main.
/// Known disagreements are listed with their reason; one that agrees now fails the test, so the list cannot go stale.</remarks>
public class LintProbeAgreementTests(ITestOutputHelper output)
{
    private static readonly (int Major, string Suite)[] Versions = { (4, "bullseye"), (5, "bookworm"), (6, "trixie"), (7, "sid") };

    /// <summary>Probes where lint and a version disagree for a reason lint cannot or does not yet know, by "major: probe".</summary>
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["*: acl a hier_code DIRECT"] = "lint does not check hier_code values (Squid wants HIER_DIRECT)",
        ["*: acl a adaptation_service svc"] = "environment: no adaptation service named svc is configured; lint does not bind adaptation services",
        ["*: https_port 3129"] = "environment: an https_port needs a certificate (tls-cert=) that exists; lint does not read certificates",
        ["*: https_port 3129 tls-cert=/etc/ssl/x.pem"] = "environment: the certificate file does not exist",
        ["*: https_port 3129 accel tls-cert=/etc/ssl/x.pem defaultsite=example.com"] = "environment: the certificate file does not exist",
        ["*: http_port 3128 tls-cert=/etc/ssl/x.pem"] = "environment: the certificate file does not exist",
        ["*: cache_peer_access p deny all"] = "Squid needs the peer p defined (4, 5, 7 refuse; 6 only reports it); lint does not bind cache_peer names",
        ["*: acl a src ALL"] = "environment: not the keyword all, so Squid resolves 'ALL' as a host name with DNS at parse time; lint warns only",
        ["*: acl a src fe80::1%25eth0"] = "environment: the zone must name an interface of the machine (eth0 exists, 25eth0 does not)",
        ["*: acl a src 2001:db8::/129"] = "Squid accepts an IPv6 prefix longer than 128 without a word (measured on 4 to 7); lint refuses a value that cannot mean anything",
    };

    private static string Roots => Environment.GetEnvironmentVariable("PROXYCONNECT_SQUID_ROOTS") is { Length: > 0 } r ? r : "/var/cache/proxyconnect/squid-roots";

    /// <summary>Every probe, unescaped: <c>\n</c> separates lines inside a probe.</summary>
    public static IReadOnlyList<string> Probes() =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests", "ProxyConnect.Squid.Tests", "Probes"), "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadAllLines)
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Replace("\\n", "\n") + "\n")
            .ToList();

    /// <summary>Issue 15 asks for at least 150 probes.</summary>
    [Fact]
    public void The_suite_has_at_least_150_probes() => Probes().Should().HaveCountGreaterThanOrEqualTo(150);

    /// <summary>Lint for version V has an error exactly when Squid V's -k parse fails, for every probe and V = 4 to 7.</summary>
    [SkippableFact]
    public void Lint_errors_exactly_when_each_squid_fails_on_a_probe()
    {
        var available = Versions.Where(v => Directory.Exists(Path.Combine(Roots, v.Suite, "usr", "sbin"))).ToList();
        if (available.Count < Versions.Length)
        {
            var missing = string.Join(", ", Versions.Except(available).Select(v => $"{v.Major} ({Roots}/{v.Suite})"));
            if (SquidBinary.UnderCi)
            {
                throw new InvalidOperationException($"Squid roots missing under CI=true: {missing}; run .ci/install-squid-versions");
            }

            Skip.If(true, $"Squid roots missing: {missing}; run .ci/install-squid-versions (as root)");
        }

        var probes = Probes();
        var disagreements = new List<string>();
        var stale = new HashSet<string>(Known.Keys);
        foreach (var (major, suite) in available)
        {
            var target = SquidTarget.Known[major - SquidTarget.OldestMajor];
            int agree = 0, errorOnly = 0, known = 0;
            foreach (var probe in probes)
            {
                var (exit, errorLines) = Parse(Path.Combine(Roots, suite), probe);
                var lintErrors = SquidConfig.Parse(probe).Lint(target).Where(f => f.Severity == Severity.Error).ToList();
                var squidFails = exit != 0;
                var line = probe.TrimEnd('\n').Replace("\n", "\\n");
                var key = Known.ContainsKey($"*: {line}") ? $"*: {line}" : $"{major}: {line}";
                if (squidFails == lintErrors.Count > 0)
                {
                    agree++;
                    continue;
                }

                if (!squidFails && errorLines > 0)
                {
                    errorOnly++;
                    continue;
                }

                if (Known.ContainsKey(key))
                {
                    known++;
                    stale.Remove(key);
                    continue;
                }

                disagreements.Add($"Squid {major}: {line}: squid -k parse {(squidFails ? "FAILS" : "passes")}, lint {(lintErrors.Count > 0 ? "errors: " + lintErrors[0] : "has no error")}");
            }

            output.WriteLine($"Squid {major} ({target}): {agree}/{probes.Count} agree, {errorOnly} pass with an ERROR line (either way), {known} known disagreements listed with reasons, {probes.Count - agree - errorOnly - known} other disagreements");
        }

        disagreements.ForEach(output.WriteLine);
        disagreements.Should().BeEmpty("lint must report an error exactly when squid -k parse of that version fails");
        stale.Should().BeEmpty("a known disagreement that agrees now must leave the list");
    }

    private static (int Exit, int ErrorLines) Parse(string root, string config)
    {
        var folder = Path.Combine(root, "tmp", "pxc-probe-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "squid.conf"), config);
            var inRoot = "/tmp/" + Path.GetFileName(folder) + "/squid.conf";
            var start = new ProcessStartInfo("chroot", $"{root} squid -k parse -f {inRoot}") { RedirectStandardError = true, RedirectStandardOutput = true };
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var text = stdout + stderr.Result;
            var errors = text.Split('\n').Count(l => (l.Contains("ERROR", StringComparison.Ordinal) || l.Contains("unrecognized", StringComparison.Ordinal)) && !l.Contains("Processing:", StringComparison.Ordinal));
            return (process.ExitCode, errors);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
