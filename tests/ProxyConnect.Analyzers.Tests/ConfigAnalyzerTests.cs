using FluentAssertions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using ProxyConnect.Analysis;
using ProxyConnect.Analyzers.Config;

namespace ProxyConnect.Analyzers.Tests;

/// <summary>The build-time squid.conf check on in-memory additional files (the packaging tests run it from the
/// package, with includes on disk).</summary>
public class ConfigAnalyzerTests
{
    private const string Good = """
        http_port 3128
        acl sensor1 src 10.1.0.5
        http_access allow sensor1
        http_access deny all

        """;

    [Fact]
    public void There_is_one_descriptor_per_lint_rule_with_its_title_and_severity_plus_the_build_checks()
    {
        var descriptors = new SquidConfigAnalyzer().SupportedDiagnostics;

        descriptors.Select(d => d.Id).Should().Equal(LintRules.All.Concat(LintRules.BuildChecks).Select(r => r.Id));
        LintRules.BuildChecks.Select(r => r.Id).Should().Equal("PXC1100", "PXC1101", "PXC1102");
        foreach (var rule in LintRules.All.Concat(LintRules.BuildChecks))
        {
            var d = descriptors.Single(x => x.Id == rule.Id);
            d.Title.ToString().Should().Be(rule.Title);
            d.DefaultSeverity.Should().Be(rule.Severity == Squid.Severity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning);
            d.HelpLinkUri.Should().Be(ConfigDescriptors.HelpLinkBase + rule.Id + ".md");
        }
    }

    [Fact]
    public void Every_help_page_exists()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "ProxyConnect.sln")))
        {
            root = Path.GetDirectoryName(root)!;
        }

        foreach (var d in new SquidConfigAnalyzer().SupportedDiagnostics)
        {
            File.Exists(Path.Combine(root, "docs", "diagnostics", d.Id + ".md")).Should().BeTrue(d.Id);
        }
    }

    [Theory]
    [InlineData("/deploy/squid.conf", "/deploy/squid.expect.json")]
    [InlineData("/deploy/edge.squid.conf", "/deploy/edge.squid.expect.json")]
    public void The_expectation_file_sits_next_to_the_config(string config, string expectations) =>
        SquidConfigAnalyzer.ExpectationPathFor(config).Replace('\\', '/').Should().Be(expectations);

    [Fact]
    public Task Findings_are_reported_at_their_line_and_column_in_the_config() =>
        RunAsync(
            new[] { ("/deploy/squid.conf", "http_port 3128\nacl localnet src 10.0.0.300/8\nhttp_access allow nosuch\nhttp_access deny all\n") },
            new DiagnosticResult("PXC1023", DiagnosticSeverity.Error).WithSpan("/deploy/squid.conf", 2, 18, 2, 30),
            new DiagnosticResult("PXC1030", DiagnosticSeverity.Error).WithSpan("/deploy/squid.conf", 3, 19, 3, 25));

    [Fact]
    public Task A_clean_config_and_unrelated_files_give_nothing() =>
        RunAsync(new[] { ("/deploy/squid.conf", Good), ("/deploy/other.conf", "this is not squid\n") });

    [Fact]
    public Task Files_named_like_a_squid_conf_are_checked() =>
        RunAsync(
            new[] { ("/deploy/edge.squid.conf", "acl old src 010.0.0.1\nhttp_access allow old\nhttp_access deny all\n") },
            new DiagnosticResult("PXC1029", DiagnosticSeverity.Warning).WithSpan("/deploy/edge.squid.conf", 1, 13, 1, 22));

    [Fact]
    public Task Expectations_that_hold_give_nothing_and_others_are_PXC1100_at_their_source() =>
        RunAsync(
            new[]
            {
                ("/deploy/squid.conf", Good),
                ("/deploy/squid.expect.json", """
                    {
                      "allow": [ { "source": "10.1.0.5" }, { "source": "10.9.9.9" } ],
                      "deny": [ { "source": "192.0.2.7" }, { "source": "10.1.0.5", "port": 443 } ]
                    }
                    """),
            },
            new DiagnosticResult("PXC1100", DiagnosticSeverity.Error).WithSpan("/deploy/squid.expect.json", 2, 52, 2, 62)
                .WithMessage("Expected 10.9.9.9 CONNECT port 443 to be allowed, but it is denied by /deploy/squid.conf line 4: http_access deny all"),
            new DiagnosticResult("PXC1100", DiagnosticSeverity.Error).WithSpan("/deploy/squid.expect.json", 3, 52, 3, 62)
                .WithMessage("Expected 10.1.0.5 CONNECT port 443 to be denied, but it is allowed by /deploy/squid.conf line 3: http_access allow sensor1"));

    [Fact]
    public Task A_broken_expectation_file_is_PXC1101() =>
        RunAsync(
            new[] { ("/deploy/squid.conf", Good), ("/deploy/squid.expect.json", "{ \"allow\": [ { \"source\": \"sensor.local\" } ], \"maybe\": [] }") },
            new DiagnosticResult("PXC1101", DiagnosticSeverity.Error).WithSpan("/deploy/squid.expect.json", 1, 26, 1, 27),
            new DiagnosticResult("PXC1101", DiagnosticSeverity.Error).WithSpan("/deploy/squid.expect.json", 1, 55, 1, 56));

    [Fact]
    public Task Text_that_is_not_JSON_is_PXC1101() =>
        RunAsync(
            new[] { ("/deploy/squid.conf", Good), ("/deploy/squid.expect.json", "{ \"allow\": [ }") },
            new DiagnosticResult("PXC1101", DiagnosticSeverity.Error).WithSpan("/deploy/squid.expect.json", 1, 14, 1, 15));

    private const string UsesConnect = "http_access deny CONNECT\nhttp_access deny all\n";

    [Fact]
    public Task The_SquidVersion_property_names_the_target() =>
        RunAsync(
            new[] { ("/deploy/squid.conf", UsesConnect) },
            "4",
            new DiagnosticResult("PXC1030", DiagnosticSeverity.Error).WithSpan("/deploy/squid.conf", 1, 18, 1, 25));

    [Fact]
    public Task Without_a_version_the_newest_Squid_is_the_target() =>
        RunAsync(new[] { ("/deploy/squid.conf", UsesConnect) });

    [Fact]
    public Task The_expectation_files_squidVersion_wins_over_the_property() =>
        RunAsync(
            new[] { ("/deploy/squid.conf", UsesConnect), ("/deploy/squid.expect.json", "{ \"squidVersion\": \"4\" }") },
            "7",
            new DiagnosticResult("PXC1030", DiagnosticSeverity.Error).WithSpan("/deploy/squid.conf", 1, 18, 1, 25));

    [Fact]
    public Task An_unknown_version_is_PXC1102() =>
        RunAsync(
            new[] { ("/deploy/squid.conf", UsesConnect), ("/deploy/squid.expect.json", "{ \"squidVersion\": \"3.5\" }") },
            new DiagnosticResult("PXC1102", DiagnosticSeverity.Error).WithSpan("/deploy/squid.expect.json", 1, 19, 1, 20));

    private static Task RunAsync((string Path, string Text)[] files, params DiagnosticResult[] expected) => RunAsync(files, null, expected);

    private static async Task RunAsync((string Path, string Text)[] files, string? squidVersion, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<SquidConfigAnalyzer, DefaultVerifier> { TestCode = "class C { }" };
        Verify.Configure(test);
        if (squidVersion is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nbuild_property.SquidVersion = {squidVersion}\n"));
        }
        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add((file.Path, file.Text));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }
}
