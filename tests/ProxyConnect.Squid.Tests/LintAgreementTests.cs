using ProxyConnect.Analysis;
using ProxyConnect.Squid.Knowledge;
using ProxyConnect.Squid.Tests.Harness;
using ProxyConnect.Tests.Shared;
using Xunit.Abstractions;

namespace ProxyConnect.Squid.Tests;

/// <summary>
/// Lint agrees with <c>squid -k parse</c> of Squid 4, 5, 6 and 7 on every file under the shared Squid folder (Squid's
/// test configs, Debian's stock config and its conf.d) and every corpus config: <c>SquidConfig.LintFile(path, target)</c>
/// (which follows includes) reports an error-severity finding exactly when that version's Squid fails.
/// </summary>
/// <remarks>
/// <para>Squid "fails" means exit code != 0: a FATAL/Bungled line, or 5.7's exit code that counts unrecognized
/// directives. Squid also prints some ERROR lines and still exits 0 (an invalid regex that is skipped, a missing
/// <c>"file"</c> value, a duplicate cachemgr password, a changed req_header key): lint may report an error or not for
/// those; they are counted apart and not asserted.</para>
/// <para>Squid runs in the file's own folder (a copy of it inside a version's chroot), so relative names resolve
/// there. Absolute includes (<c>/etc/squid/…</c>) are read by lint from this machine and by a chrooted Squid from its
/// root; both hold Debian's one-line conf.d/debian.conf.</para>
/// <para>Every exception below is environment-only or a stated library limit, with its reason printed; one that no
/// longer disagrees fails the test, so the list cannot go stale.</para>
/// </remarks>
public class LintAgreementTests(ITestOutputHelper output)
{
    /// <summary>Files where lint and a version disagree, by "major: file name" ("*" for every version), with the reason.</summary>
    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
        ["*: parameters-function.conf"] =
            "environment: parameters(\"/etc/squid/allowlist.txt\") names a file this machine does not have; Squid stops with " +
            "'FATAL: Error opening config file', lint does not open parameters() files (it reports missing includes, PXC1012)",
        ["4: time_units.conf"] =
            "LIBRARY LIMIT: lint does not check the range of time values; Squid 4 alone overflows on 'dns_timeout 292.27 years' " +
            "(a time_msec value beyond 2^63 ns), 5 to 7 accept it",
        ["*: nul-bytes.conf"] =
            "LIBRARY LIMIT: Squid reads lines as C strings, so a NUL byte ends the line ('acl a src 10.0.0.1<NUL>' " +
            "is fine, 'http_access<NUL>allow a' is skipped as a bad access line, exit 0); lint reads past the NUL and reports PXC1023/PXC1010",
    };

    /// <summary>Every file to compare: the shared Squid folder's configs, the installed config, the library's own corpus.</summary>
    private static IEnumerable<string> Corpus()
    {
        var shared = Directory.EnumerateFiles(RepoPaths.SharedSquid, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".conf", StringComparison.Ordinal) || f.EndsWith(".reconstructed", StringComparison.Ordinal));
        foreach (var file in shared.Order(StringComparer.Ordinal))
        {
            yield return file;
        }

        if (File.Exists(RepoPaths.InstalledConfig))
        {
            yield return RepoPaths.InstalledConfig;
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests", "ProxyConnect.Tests", "Corpus"), "*.conf").Order(StringComparer.Ordinal))
        {
            yield return file;
        }
    }

    /// <summary>Lint for Squid V has an error exactly when Squid V's -k parse exits non-zero, except for the listed files.</summary>
    [SkippableTheory]
    [MemberData(nameof(SquidVersions.Majors), MemberType = typeof(SquidVersions))]
    public void Lint_errors_exactly_when_squid_fails(int major)
    {
        var install = SquidVersions.Require(major);
        var target = SquidTarget.Known[major - SquidTarget.OldestMajor];
        var disagreements = new List<string>();
        var staleExceptions = new List<string>();
        var errorOnly = new List<string>();
        var files = Corpus().ToList();
        files.Should().HaveCountGreaterThan(60, "the Squid test configs, the stock configs and the library corpus");
        var copies = new Dictionary<string, string>(StringComparer.Ordinal);
        int agree = 0, excepted = 0;
        try
        {
            foreach (var file in files)
            {
                var squid = SquidParser.ParseFile(install, file, install.Root == null ? null : CopyOf(install, Path.GetDirectoryName(file)!, copies));
                var lintErrors = SquidConfig.LintFile(file, target).Where(f => f.Severity == Severity.Error).ToList();
                var squidFails = squid.ExitCode != 0;
                var lintFails = lintErrors.Count > 0;
                var name = Path.GetFileName(file);
                var key = Exceptions.ContainsKey($"*: {name}") ? $"*: {name}" : $"{major}: {name}";
                var listed = Exceptions.TryGetValue(key, out var reason);
                if (squidFails == lintFails)
                {
                    agree++;
                    if (listed)
                    {
                        staleExceptions.Add($"{key} agrees now; remove its exception ('{reason}')");
                    }

                    continue;
                }

                if (!squidFails && squid.Errors.Count > 0)
                {
                    errorOnly.Add($"{name}: exit 0 with {squid.Errors.Count} ERROR line(s); lint {(lintFails ? "has errors" : "has no error")}");
                    continue;
                }

                if (listed)
                {
                    excepted++;
                    output.WriteLine($"EXCEPTION {key}: {reason}");
                    continue;
                }

                disagreements.Add($"{file}: squid -k parse {(squidFails ? "FAILS" : "passes")} ({squid}), lint {(lintFails ? "has errors" : "has no error")}" +
                                  Environment.NewLine + "  squid: " + string.Join(Environment.NewLine + "  squid: ", squid.Fatals.Concat(squid.Errors).Distinct().Take(4).Select(SquidParseResult.Message)) +
                                  Environment.NewLine + "  lint: " + string.Join(Environment.NewLine + "  lint: ", lintErrors.Take(4).Select(f => f.ToString())));
            }
        }
        finally
        {
            foreach (var copy in copies.Values)
            {
                Directory.Delete(copy, recursive: true);
            }
        }

        output.WriteLine($"{install} as {target}: {agree}/{files.Count} files agree, {errorOnly.Count} pass with an ERROR line (either way), {excepted} listed exceptions, {disagreements.Count} other disagreements");
        errorOnly.ForEach(output.WriteLine);
        disagreements.Should().BeEmpty(
            $"lint must report an error exactly when squid -k parse exits non-zero.{Environment.NewLine}Disagreements:{Environment.NewLine}{string.Join(Environment.NewLine, disagreements)}");
        staleExceptions.Should().BeEmpty();
    }

    /// <summary>A copy of <paramref name="folder"/> (with its subfolders) inside the chroot, made once per folder.</summary>
    private static string CopyOf(SquidInstall install, string folder, Dictionary<string, string> copies)
    {
        if (copies.TryGetValue(folder, out var copy))
        {
            return copy;
        }

        copy = install.CreateFolder("pxc-agree-");
        foreach (var source in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, source);
            if (relative.StartsWith("obj", StringComparison.Ordinal) || relative.StartsWith("bin", StringComparison.Ordinal))
            {
                continue;
            }

            var destination = Path.Combine(copy, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(source, destination);
        }

        copies[folder] = copy;
        return copy;
    }
}
