using ProxyConnect.Analysis;
using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;
using ProxyConnect.Tests.Shared;

namespace ProxyConnect.Tests.Analysis;

/// <summary>Lint over every file Squid itself reads: no crash, and no error on what Squid 5.7 accepts.</summary>
public class CorpusLintTests
{
    /// <summary>Files Squid 5.7 refuses (testconfs/INDEX.md "5.7 observed"), with the finding we expect.</summary>
    private static readonly Dictionary<string, string> ExpectedToFail = new()
    {
        // Three unrecognized directives (VT, NBSP, U+FE4F next to a name).
        ["bad-pp-space.conf"] = "PXC1010",
        // 5.7 treats the overlapping dstdomain values as fatal.
        ["bad-acl-dstdomain-dupe.conf"] = "PXC1044",
        // 5.7 has no predefined to_linklocal.
        ["squid.conf.default.reconstructed"] = "PXC1030",
    };

    public static TheoryData<string> SharedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(RepoPaths.SharedSquid, "*", SearchOption.AllDirectories)
                     .Where(f => !f.EndsWith(".md", StringComparison.Ordinal) && !f.EndsWith(".instructions", StringComparison.Ordinal))
                     .OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoPaths.SharedSquid, f));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SharedFiles))]
    public void No_error_on_configs_squid_accepts(string relative)
    {
        var path = Path.Combine(RepoPaths.SharedSquid, relative);
        var findings = SquidConfig.Load(path).Lint(SquidTarget.Squid5);
        var errors = findings.Where(f => f.Severity == Severity.Error).ToList();
        var name = Path.GetFileName(path);

        if (ExpectedToFail.TryGetValue(name, out var id) && id.Length > 0)
        {
            errors.Should().NotBeEmpty().And.OnlyContain(f => f.Id == id);
        }
        else if (name.EndsWith(".conf", StringComparison.Ordinal) || name.EndsWith(".reconstructed", StringComparison.Ordinal))
        {
            errors.Should().BeEmpty(because: string.Join("\n", errors));
        }
    }

    [Fact]
    public void LintFile_follows_the_stock_include_without_errors_when_conf_d_exists()
    {
        var findings = SquidConfig.LintFile(RepoPaths.StockDebianConfig);
        if (Directory.Exists("/etc/squid/conf.d"))
        {
            findings.Should().NotContain(f => f.Severity == Severity.Error);
        }
    }

    [Fact]
    public void Installed_config_lints_without_errors()
    {
        if (!File.Exists(RepoPaths.InstalledConfig))
        {
            return;
        }

        SquidConfig.LintFile(RepoPaths.InstalledConfig).Should().NotContain(f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Own_corpus_does_not_crash()
    {
        foreach (var f in Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "ProxyConnect.Tests", "Corpus")))
        {
            var config = SquidConfig.Load(f);
            config.Lint();
            config.Evaluate(new AccessRequest("10.0.0.1"));
        }
    }
}
