using System.Text.Json;
using System.Text.RegularExpressions;
using ProxyConnect.Cli.Tests.Support;

namespace ProxyConnect.Cli.Tests;

public class LintFormatTests
{
    /// <summary>A main config with an error, a warning and an include whose file has a finding of its own.</summary>
    private const string Main = "acl old src 010.0.0.1\nhttp_access allow old nosuch\ninclude conf.d/*.conf\nhttp_access deny all\n";
    private const string Included = "acl open src all\nhttp_access allow open\n";

    [Fact]
    public void Sarif_output_is_valid_against_the_SARIF_2_1_0_schema_and_carries_rules_results_and_regions()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("conf.d"));
        var path = temp.Write("squid.conf", Main);
        temp.Write("conf.d/sensors.conf", Included);

        var result = Tool.Run("lint", path, "--format", "sarif");

        result.ExitCode.Should().Be(1, result.ToString());
        Schemas.Errors(Schemas.Sarif, result.Stdout).Should().BeEmpty();
        using var doc = JsonDocument.Parse(result.Stdout);
        doc.RootElement.GetProperty("version").GetString().Should().Be("2.1.0");
        var run = doc.RootElement.GetProperty("runs")[0];
        var driver = run.GetProperty("tool").GetProperty("driver");
        driver.GetProperty("name").GetString().Should().Be("ProxyConnect");
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        rules.Select(r => r.GetProperty("id").GetString()).Should().Equal(Analysis.LintRules.All.Select(r => r.Id));
        var undefinedRule = rules.Single(r => r.GetProperty("id").GetString() == "PXC1030");
        undefinedRule.GetProperty("helpUri").GetString().Should().Be("https://github.com/proxyconnect/proxyconnect/blob/main/docs/diagnostics/PXC1030.md");
        undefinedRule.GetProperty("defaultConfiguration").GetProperty("level").GetString().Should().Be("error");
        rules.Single(r => r.GetProperty("id").GetString() == "PXC1029").GetProperty("defaultConfiguration").GetProperty("level").GetString().Should().Be("warning");

        var results = run.GetProperty("results").EnumerateArray().ToList();
        var found = results.Select(r => (
            Rule: r.GetProperty("ruleId").GetString(),
            Level: r.GetProperty("level").GetString(),
            Uri: r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(),
            Line: r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32())).ToList();
        found.Should().Contain(("PXC1029", "warning", AbsoluteFileUri(path), 1))
            .And.Contain(("PXC1030", "error", AbsoluteFileUri(path), 2))
            .And.Contain(("PXC1036", "warning", AbsoluteFileUri(temp.File("conf.d/sensors.conf")), 2), "findings of included files are reported at their own file");
        foreach (var r in results)
        {
            rules[r.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString().Should().Be(r.GetProperty("ruleId").GetString());
            r.GetProperty("message").GetProperty("text").GetString().Should().NotBeNullOrEmpty();
        }
    }

    [Fact]
    public void Sarif_paths_under_the_current_folder_are_relative_to_SRCROOT()
    {
        var findings = new[] { new Analysis.LintFinding("PXC1030", Squid.Severity.Error, "m", new Squid.SourceLocation("/repo/deploy/my squid.conf", 2, 21), 6) };

        var sarif = Analysis.Formatting.LintFormatter.ToSarif(findings, "/repo");

        Schemas.Errors(Schemas.Sarif, sarif).Should().BeEmpty();
        using var doc = JsonDocument.Parse(sarif);
        var run = doc.RootElement.GetProperty("runs")[0];
        run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString().Should().Be("file:///repo/");
        var artifact = run.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        artifact.GetProperty("uri").GetString().Should().Be("deploy/my%20squid.conf");
        artifact.GetProperty("uriBaseId").GetString().Should().Be("%SRCROOT%");
    }

    [Fact]
    public void A_sarif_log_without_findings_is_valid_and_has_an_empty_result_list()
    {
        var result = Tool.Run("lint", "--format", "sarif");

        result.ExitCode.Should().Be(0, result.ToString());
        Schemas.Errors(Schemas.Sarif, result.Stdout).Should().BeEmpty();
        using var doc = JsonDocument.Parse(result.Stdout);
        doc.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void The_schema_check_itself_catches_a_broken_log()
    {
        var broken = "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{}},\"results\":[{\"level\":\"fatal\",\"message\":{\"text\":\"x\"}}]}]}";

        Schemas.Errors(Schemas.Sarif, broken).Should().NotBeEmpty("driver.name is required and 'fatal' is no level");
    }

    /// <summary>The documented form: <c>::error file={name},line={line},col={col},endColumn={endColumn},title={title}::{message}</c>.</summary>
    [Fact]
    public void GitHub_annotations_follow_the_workflow_command_format()
    {
        using var temp = new TempFolder();
        var path = temp.Write("squid.conf", Main.Replace("include conf.d/*.conf\n", string.Empty, StringComparison.Ordinal));

        var result = Tool.Run("lint", path, "--format", "github");

        result.ExitCode.Should().Be(1, result.ToString());
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var form = new Regex(@"^::(error|warning) file=([^,:]+),line=(\d+),col=(\d+),endColumn=(\d+),title=([^,:]+)::(.+)$");
        lines.Should().HaveCount(2).And.OnlyContain(l => form.IsMatch(l));
        lines[0].Should().StartWith($"::warning file={path},line=1,col=13,endColumn=22,title=PXC1029%3A IPv4 address with leading zeros::ACL 'old': ");
        lines[1].Should().StartWith($"::error file={path},line=2,col=23,endColumn=29,title=PXC1030%3A ACL used but never defined::ACL 'nosuch'");
    }

    [Fact]
    public void GitHub_escaping_covers_percent_newlines_and_in_properties_colons_and_commas()
    {
        var finding = new Analysis.LintFinding("PXC1030", Squid.Severity.Error, "50% of\nlines\r, a: b", new Squid.SourceLocation("/w/a,b:c.conf", 3, 4), 2);

        var line = Analysis.Formatting.LintFormatter.ToGitHubAnnotations(new[] { finding }, "/w");

        line.Should().Be("::error file=a%2Cb%3Ac.conf,line=3,col=4,endColumn=6,title=PXC1030%3A ACL used but never defined::50%25 of%0Alines%0D, a: b\n");
    }

    [Fact]
    public void Ignore_drops_ids_and_warn_as_error_raises_warnings_in_every_format()
    {
        using var temp = new TempFolder();
        var path = temp.Write("squid.conf", "acl old src 010.0.0.1\nhttp_access allow old\nhttp_access allow all\n");

        var plain = Tool.Run("lint", path, "--json");
        var ignored = Tool.Run("lint", path, "--format", "json", "--ignore", "PXC1029,pxc1036");
        var raised = Tool.Run("lint", path, "--format", "sarif", "--warn-as-error", "PXC1029");
        var all = Tool.Run("lint", path, "--format", "msbuild", "--warn-as-error", "all");

        plain.ExitCode.Should().Be(0, plain.ToString());
        Ids(plain.Stdout).Should().Equal("PXC1029", "PXC1036");
        ignored.ExitCode.Should().Be(0, ignored.ToString());
        Ids(ignored.Stdout).Should().BeEmpty();
        raised.ExitCode.Should().Be(1, raised.ToString());
        using (var doc = JsonDocument.Parse(raised.Stdout))
        {
            doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Select(r => (r.GetProperty("ruleId").GetString(), r.GetProperty("level").GetString()))
                .Should().Equal(("PXC1029", "error"), ("PXC1036", "warning"));
        }

        all.ExitCode.Should().Be(1, all.ToString());
        all.Stdout.Should().Contain("error PXC1029").And.Contain("error PXC1036").And.NotContain("warning");
    }

    [Fact]
    public void Max_warnings_fails_only_above_the_limit()
    {
        using var temp = new TempFolder();
        var path = temp.Write("squid.conf", "acl old src 010.0.0.1\nhttp_access allow old\nhttp_access allow all\n");

        var atLimit = Tool.Run("lint", path, "--max-warnings", "2");
        var above = Tool.Run("lint", path, "--max-warnings", "1");
        var afterIgnore = Tool.Run("lint", path, "--max-warnings", "1", "--ignore", "PXC1036");

        atLimit.ExitCode.Should().Be(0, atLimit.ToString());
        above.ExitCode.Should().Be(1, above.ToString());
        above.Stderr.Should().Be("proxyconnect: error: 2 warnings, more than --max-warnings 1.\n");
        afterIgnore.ExitCode.Should().Be(0, afterIgnore.ToString());
    }

    [Theory]
    [InlineData("--ignore", "PXC9999")]
    [InlineData("--warn-as-error", "1029")]
    [InlineData("--max-warnings", "-1")]
    public void A_wrong_id_or_limit_is_a_usage_error(string option, string value)
    {
        var result = Tool.Run("lint", option, value);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().StartWith($"proxyconnect: error: {option} {value}");
    }

    [Fact]
    public void Json_and_another_format_together_are_a_usage_error()
    {
        var result = Tool.Run("lint", "--json", "--format", "sarif");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("--json and --format sarif");
    }

    private static string AbsoluteFileUri(string path) => new Uri(path).AbsoluteUri;

    private static List<string?> Ids(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()).ToList();
    }
}
