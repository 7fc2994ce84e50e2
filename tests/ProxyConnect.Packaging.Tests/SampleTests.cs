using System.Text.RegularExpressions;
using FluentAssertions;
using ProxyConnect.Packaging.Tests.Support;

namespace ProxyConnect.Packaging.Tests;

/// <summary>The samples, built from the packed packages as a user builds them.</summary>
[Collection(PackagingCollection.Name)]
public sealed class SampleTests
{
    private readonly PackedFeed _feed;

    public SampleTests(PackedFeed feed)
    {
        _feed = feed;
    }

    [Fact]
    public void GenerateSensorConfig_adds_the_sensors_prints_the_diff_and_saves_with_a_backup()
    {
        var project = Path.Combine(_feed.Samples, "GenerateSensorConfig");
        var output = Path.Combine(_feed.Root, "generated");
        var build = Dotnet.Run(project, PackedFeed.SampleTimeout, "build", _feed.VersionArgument, "-nodeReuse:false");
        build.ExitCode.Should().Be(0, build.ToString());

        var first = Dotnet.Run(project, PackedFeed.SampleTimeout, "run", "--no-build", _feed.VersionArgument, "--", output);
        var second = Dotnet.Run(project, PackedFeed.SampleTimeout, "run", "--no-build", _feed.VersionArgument, "--", output);

        first.ExitCode.Should().Be(0, first.ToString());
        first.Output.Should().Contain("+acl sensor1 src 10.1.0.5").And.Contain("+http_access allow sensor1")
            .And.Contain("+acl line-3 src 10.3.0.10-10.3.0.19").And.MatchRegex(@"@@ -\d+,\d+ \+\d+,\d+ @@");
        Regex.Matches(first.Output, @": Allowed").Should().HaveCount(3, first.Output);
        var saved = File.ReadAllText(Path.Combine(output, "squid.conf"));
        saved.Should().Contain("acl plant-b src 10.2.0.0/24\nhttp_access allow plant-b");
        second.ExitCode.Should().Be(0, second.ToString());
        second.Output.Should().Contain("backup", "the second run keeps the first run's file");
        Directory.GetFiles(output).Length.Should().BeGreaterThan(1);
    }

    [Fact]
    public void ValidateConfigInTests_passes_against_the_packed_package()
    {
        var project = Path.Combine(_feed.Samples, "ValidateConfigInTests");

        var test = Dotnet.Run(project, PackedFeed.SampleTimeout, "test", _feed.VersionArgument, "-nodeReuse:false");

        test.ExitCode.Should().Be(0, test.ToString());
        test.Output.Should().MatchRegex(@"Passed!\s+-\s+Failed:\s+0, Passed:\s+[1-9]", test.ToString());
    }

    [Fact]
    public void AnalyzerDemo_fails_with_exactly_the_marked_diagnostics()
    {
        var project = Path.Combine(_feed.Samples, "AnalyzerDemo");
        var expected = Directory.GetFiles(project, "*.cs")
            .SelectMany(file => File.ReadAllLines(file).Select((text, i) => (File: Path.GetFileName(file), Line: i + 1, Match: Regex.Match(text, @"// expect: (PXC\d{4})"))))
            .Where(x => x.Match.Success)
            .Select(x => $"{x.File}({x.Line}) {x.Match.Groups[1].Value}")
            .OrderBy(x => x, StringComparer.Ordinal)
            .ToList();

        var build = Dotnet.Run(project, PackedFeed.SampleTimeout, "build", _feed.VersionArgument, "-nodeReuse:false");

        build.ExitCode.Should().NotBe(0, "the demo's mistakes are errors");
        expected.Should().HaveCountGreaterThanOrEqualTo(5);
        BuildDiagnostic.Parse(build.Output, project).Select(d => $"{d.File}({d.Line}) {d.Id}").OrderBy(x => x, StringComparer.Ordinal)
            .Should().Equal(expected, build.ToString());
        build.Output.Should().NotContain("CS8033", "ProxyConnect.dll and Sprache.dll beside the analyzers must not make the compiler complain");
        build.Output.Should().NotContain("AD0001", "every analyzer loads and runs");
    }

    [Fact]
    public void ConfigCheckDemo_builds_clean_when_its_config_is_right_and_its_expectations_hold()
    {
        var project = Path.Combine(_feed.Samples, "ConfigCheckDemo");

        var build = Dotnet.Run(project, PackedFeed.SampleTimeout, "build", _feed.VersionArgument, "-nodeReuse:false");

        build.ExitCode.Should().Be(0, build.ToString());
        BuildDiagnostic.Parse(build.Output, project).Should().BeEmpty(build.ToString());
    }

    [Fact]
    public void ConfigCheckDemo_reports_lint_findings_of_the_config_and_its_includes_at_their_lines()
    {
        var project = _feed.CopySample("ConfigCheckDemo", "ConfigCheckDemo-broken");
        File.Delete(Path.Combine(project, "deploy", "squid.expect.json"));
        File.WriteAllText(Path.Combine(project, "deploy", "squid.conf"), """
            http_port 3128
            acl localnet src 10.0.0.300/8
            acl old src 010.0.0.1
            http_access allow undefined_acl
            include conf.d/*.conf
            http_access deny all

            """.ReplaceLineEndings("\n"));
        File.AppendAllText(Path.Combine(project, "deploy", "conf.d", "sensors.conf"), "acl sensor2 src 10.1.0.500\nhttp_access allow sensor2\n");

        var build = Dotnet.Run(project, PackedFeed.SampleTimeout, "build", _feed.VersionArgument, "-nodeReuse:false");

        build.ExitCode.Should().NotBe(0, "lint errors fail the build");
        BuildDiagnostic.Parse(build.Output, project).Select(d => $"{d.File}({d.Line}): {d.Severity} {d.Id}").Should().Equal(new[]
        {
            "deploy/conf.d/sensors.conf(3): error PXC1023",
            "deploy/squid.conf(2): error PXC1023",
            "deploy/squid.conf(3): warning PXC1029",
            "deploy/squid.conf(4): error PXC1030",
        }, build.ToString());
    }

    [Fact]
    public void ConfigCheckDemo_turns_unmet_expectations_into_errors_at_their_lines()
    {
        var project = _feed.CopySample("ConfigCheckDemo", "ConfigCheckDemo-expectations");
        File.WriteAllText(Path.Combine(project, "deploy", "squid.expect.json"), """
            {
              "allow": [
                { "source": "10.9.9.9" },
                { "source": "10.1.0.5" }
              ],
              "deny": [
                { "source": "10.1.0.5", "method": "CONNECT", "port": 443 },
                { "source": "not-an-address" }
              ]
            }
            """);

        var build = Dotnet.Run(project, PackedFeed.SampleTimeout, "build", _feed.VersionArgument, "-nodeReuse:false");

        build.ExitCode.Should().NotBe(0);
        BuildDiagnostic.Parse(build.Output, project).Select(d => $"{d.File}({d.Line}): {d.Severity} {d.Id}").Should().Equal(new[]
        {
            "deploy/squid.expect.json(3): error PXC1100",
            "deploy/squid.expect.json(7): error PXC1100",
            "deploy/squid.expect.json(8): error PXC1101",
        }, build.ToString());
        build.Output.Should().Contain("Expected 10.9.9.9 CONNECT port 443 to be allowed, but it is denied by");
    }

    [Fact]
    public void ConfigCheckDemo_severities_follow_the_global_analyzer_config()
    {
        var project = _feed.CopySample("ConfigCheckDemo", "ConfigCheckDemo-severities");
        File.Delete(Path.Combine(project, "deploy", "squid.expect.json")); // a config Squid refuses leaves every answer indeterminate
        File.AppendAllText(Path.Combine(project, "deploy", "squid.conf"), "acl old src 010.0.0.1\nacl bad src 10.0.0.300\n");
        File.WriteAllText(Path.Combine(project, ".globalconfig"), """
            is_global = true
            dotnet_diagnostic.PXC1029.severity = none
            dotnet_diagnostic.PXC1023.severity = warning

            """);

        var build = Dotnet.Run(project, PackedFeed.SampleTimeout, "build", _feed.VersionArgument, "-nodeReuse:false");

        build.ExitCode.Should().Be(0, build.ToString());
        BuildDiagnostic.Parse(build.Output, project).Select(d => $"{d.File}: {d.Severity} {d.Id}").Should().Equal(new[] { "deploy/squid.conf: warning PXC1023" }, build.ToString());
    }
}
