using System.Text.RegularExpressions;
using ProxyConnect.Squid.Tests.Harness;
using ProxyConnect.Tests.Shared;

namespace ProxyConnect.Squid.Tests;

/// <summary>
/// Squid's own test configs (<c>../shared/squid/testconfs</c>), parsed in their folder as Squid's test-suite does, must
/// pass or fail as INDEX.md's "5.7 observed" column records. A pass is exit code 0, as in <c>test-squid-conf.sh</c>;
/// some passes print ERROR lines, which INDEX.md notes. <c>-k parse</c> writes nothing, so the read-only folder is used in place.
/// </summary>
public partial class SquidTestConfsTests
{
    private static string Folder => Path.Combine(RepoPaths.SharedSquid, "testconfs");

    /// <summary>Every config in the folder, with whether 5.7 passed it according to INDEX.md.</summary>
    public static TheoryData<string, bool> Configs()
    {
        var data = new TheoryData<string, bool>();
        foreach (var (file, passes) in Observed57())
        {
            data.Add(file, passes);
        }

        return data;
    }

    /// <summary>The outcome on this squid matches the one recorded for 5.7.</summary>
    [SkippableTheory]
    [MemberData(nameof(Configs))]
    public void Outcome_matches_the_one_recorded_for_5_7(string file, bool passes)
    {
        var result = SquidParser.ParseFile(Path.Combine(Folder, file));
        if (passes)
        {
            result.ExitCode.Should().Be(0, result.Output);
            result.Fatals.Should().BeEmpty(result.Output);
        }
        else
        {
            result.ExitCode.Should().NotBe(0, result.Output);
        }
    }

    /// <summary>INDEX.md has a row for every config in the folder, and every row names a file that exists.</summary>
    [Fact]
    public void Index_covers_every_config()
    {
        var rows = Observed57().Select(row => row.File).ToList();
        var files = Directory.EnumerateFiles(Folder, "*.conf").Select(Path.GetFileName).ToList();
        files.Should().HaveCount(17, "INDEX.md counts 17 .conf files");
        rows.Should().BeEquivalentTo(files.Append("squid.conf.default.reconstructed"));
        Observed57().Count(row => !row.Passes).Should().Be(3, "5.7 fails bad-acl-dstdomain-dupe, bad-pp-space and the reconstructed master default");
    }

    /// <summary>The passes INDEX.md notes as printing ERROR lines do print them (and still exit 0).</summary>
    [SkippableTheory]
    [InlineData("mgr_passwd.conf", "ERROR: action 'menu' (line 26) already has a password")]
    [InlineData("bad-regex.conf", "ERROR: invalid regular expression: '*'")]
    [InlineData("req-header-key-change.conf", "ERROR: ACL cannot match both X-1 and X-2 headers")]
    public void Passes_that_print_errors(string file, string error)
    {
        var result = SquidParser.ParseFile(Path.Combine(Folder, file));
        result.ExitCode.Should().Be(0);
        result.Accepted.Should().BeFalse("an ERROR line was printed");
        result.Errors.Should().Contain(line => line.Contains(error, StringComparison.Ordinal), result.Output);
    }

    /// <summary>The rows of INDEX.md's table that name a config, with the "5.7 observed" outcome (pass or fail).</summary>
    private static IReadOnlyList<(string File, bool Passes)> Observed57()
    {
        var rows = new List<(string, bool)>();
        var observedColumn = -1;
        foreach (var line in File.ReadLines(Path.Combine(Folder, "INDEX.md")))
        {
            if (!line.StartsWith('|'))
            {
                continue;
            }

            var cells = line.Trim('|').Split('|').Select(cell => cell.Trim()).ToList();
            if (observedColumn < 0)
            {
                observedColumn = cells.FindIndex(cell => cell == "5.7 observed");
                continue;
            }

            var file = FirstCode().Match(cells[0]).Groups[1].Value;
            var outcome = cells[observedColumn].Replace("*", string.Empty, StringComparison.Ordinal).Trim();
            if (!ConfigName().IsMatch(file) || outcome == "n/a")
            {
                continue;
            }

            if (outcome.StartsWith("pass", StringComparison.OrdinalIgnoreCase))
            {
                rows.Add((file, true));
            }
            else if (outcome.StartsWith("fail", StringComparison.OrdinalIgnoreCase))
            {
                rows.Add((file, false));
            }
            else
            {
                throw new FormatException($"INDEX.md: cannot read the 5.7 outcome of {file}: '{outcome}'");
            }
        }

        return rows;
    }

    [GeneratedRegex("^`([^`]+)`")]
    private static partial Regex FirstCode();

    [GeneratedRegex(@"^[\w.-]+(\.conf|\.reconstructed)$")]
    private static partial Regex ConfigName();
}
