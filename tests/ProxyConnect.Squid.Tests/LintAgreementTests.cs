using ProxyConnect.Analysis;
using ProxyConnect.Squid.Tests.Harness;
using ProxyConnect.Tests.Shared;
using Xunit.Abstractions;

namespace ProxyConnect.Squid.Tests;

/// <summary>
/// Lint agrees with <c>squid -k parse</c> on every corpus config: <c>SquidConfig.LintFile(path)</c> (which follows
/// includes) reports an error-severity finding exactly when Squid fails.
/// </summary>
/// <remarks>
/// <para>Squid "fails" means exit code != 0: a FATAL/Bungled line, or 5.7's exit code that counts unrecognized
/// directives. Squid 5.7 also prints some ERROR lines and still exits 0 (an invalid regex that is skipped, a missing
/// <c>"file"</c> value, a duplicate cachemgr password, a changed req_header key): that is a separate category. For
/// it lint may report an error or not; those files are listed in the output and not asserted.</para>
/// <para>Squid runs in the file's own folder (as Squid's test-suite does), so relative names resolve there;
/// <c>-k parse</c> writes nothing, so read-only folders are parsed in place. Absolute includes (<c>/etc/squid/…</c>)
/// are read by both Squid and lint from this machine, so they agree whether the file exists or not.</para>
/// <para>Every exception below has its reason printed in the assertion message; an exception that no longer
/// disagrees fails the test, so the list cannot go stale.</para>
/// </remarks>
public class LintAgreementTests(ITestOutputHelper output)
{
    /// <summary>Files where lint and Squid 5.7 are known to disagree, by file name, with the reason.</summary>
    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
        ["bad-acl-dstdomain-dupe.conf"] =
            "Squid 5.7 difference: overlapping dstdomain values ('.example.com' and 'example.com') are FATAL in 5.7; " +
            "master and v7 only warn (GRAMMAR.md 3.4), and lint follows the current versions",
        ["parameters-function.conf"] =
            "LIBRARY BUG, not fixed yet: parameters(\"/etc/squid/allowlist.txt\") names a missing file; Squid stops with " +
            "'FATAL: Error opening config file', lint does not check parameters() files (it reports missing includes, PXC1012)",
        ["nul-bytes.conf"] =
            "LIBRARY BUG, not fixed yet: Squid reads lines as C strings, so a NUL byte ends the line ('acl a src 10.0.0.1<NUL>' " +
            "is fine, 'http_access<NUL>allow a' is skipped as a bad access line, exit 0); lint reads past the NUL and reports PXC1023/PXC1010",
    };

    /// <summary>Every corpus config: Squid's test configs, the stock configs, the library's own corpus.</summary>
    private static IEnumerable<string> Corpus()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.SharedSquid, "testconfs"), "*.conf").Order(StringComparer.Ordinal))
        {
            yield return file;
        }

        yield return RepoPaths.StockDebianConfig;
        if (File.Exists(RepoPaths.InstalledConfig))
        {
            yield return RepoPaths.InstalledConfig;
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests", "ProxyConnect.Tests", "Corpus"), "*.conf").Order(StringComparer.Ordinal))
        {
            yield return file;
        }
    }

    /// <summary>Lint has an error exactly when squid -k parse exits with a non-zero code, except for the listed files.</summary>
    [SkippableFact]
    public void Lint_errors_exactly_when_squid_fails()
    {
        SquidBinary.Require();
        var disagreements = new List<string>();
        var staleExceptions = new List<string>();
        var errorOnly = new List<string>();
        var files = Corpus().ToList();
        files.Should().HaveCountGreaterThan(60, "17 Squid test configs, the stock configs and the library corpus");
        foreach (var file in files)
        {
            var squid = SquidParser.ParseFile(file);
            var lintErrors = SquidConfig.LintFile(file).Where(f => f.Severity == Severity.Error).ToList();
            var squidFails = squid.ExitCode != 0;
            var lintFails = lintErrors.Count > 0;
            var name = Path.GetFileName(file);
            var describe = $"{file}: squid -k parse {(squidFails ? "FAILS" : "passes")} ({squid}), lint {(lintFails ? "has errors" : "has no error")}" +
                           Environment.NewLine + "  squid: " + string.Join(Environment.NewLine + "  squid: ", squid.Fatals.Concat(squid.Errors).Distinct().Take(4).Select(SquidParseResult.Message)) +
                           Environment.NewLine + "  lint: " + string.Join(Environment.NewLine + "  lint: ", lintErrors.Take(4).Select(f => f.ToString()));
            if (!squidFails && squid.Errors.Count > 0)
            {
                errorOnly.Add($"{name}: exit 0 with {squid.Errors.Count} ERROR line(s); lint {(lintFails ? "has errors" : "has no error")}");
            }

            var excepted = Exceptions.TryGetValue(name, out var reason);
            if (squidFails != lintFails)
            {
                if (excepted)
                {
                    output.WriteLine($"EXCEPTION {name}: {reason}");
                }
                else
                {
                    disagreements.Add(describe);
                }
            }
            else if (excepted)
            {
                staleExceptions.Add($"{name} agrees now; remove its exception ('{reason}')");
            }
        }

        output.WriteLine($"{files.Count} files compared; ERROR-only passes (not asserted):");
        errorOnly.ForEach(output.WriteLine);
        disagreements.Should().BeEmpty(
            $"lint must report an error exactly when squid -k parse exits non-zero. Known exceptions: {string.Join("; ", Exceptions.Select(e => $"{e.Key}: {e.Value}"))}" +
            $"{Environment.NewLine}Disagreements:{Environment.NewLine}{string.Join(Environment.NewLine, disagreements)}");
        staleExceptions.Should().BeEmpty();
    }
}
