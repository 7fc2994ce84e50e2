using FluentAssertions.Execution;
using ProxyConnect.Squid;
using ProxyConnect.Testing.Tests.Support;

namespace ProxyConnect.Testing.Tests;

public class LintAssertionTests
{
    /// <summary>Two errors (an unknown directive, an undefined ACL) and one warning (host bits under a mask).</summary>
    private const string Broken = """
        http_port 3128
        cache_sizee 100 MB
        acl plant-b src 10.2.0.7/24
        http_access allow plant-b
        http_access allow sensor9
        http_access deny all

        """;

    /// <summary>One warning only: Squid starts.</summary>
    private const string WarningOnly = """
        http_port 3128
        acl plant-b src 10.2.0.7/24
        http_access allow plant-b
        http_access deny all

        """;

    [Fact]
    public void HaveNoLintErrors_passes_on_a_clean_config()
    {
        var config = Configs.Parse(Configs.Sensors);

        config.Should().HaveNoLintErrors().And.HaveNoLintFindings();
    }

    [Fact]
    public void HaveNoLintErrors_passes_when_there_are_only_warnings()
    {
        var config = Configs.Parse(WarningOnly);

        config.Lint().Should().ContainSingle(f => f.Severity == Severity.Warning);
        config.Should().HaveNoLintErrors();
    }

    [Fact]
    public void HaveNoLintErrors_fails_listing_every_error_in_MSBuild_form_with_the_reason()
    {
        var config = Configs.Parse(Broken);

        Failure.Verify(() => config.Should().HaveNoLintErrors("{0} must start", "squid"));
    }

    [Fact]
    public void HaveNoLintFindings_fails_listing_errors_and_warnings()
    {
        var config = Configs.Parse(Broken);

        Failure.Verify(() => config.Should().HaveNoLintFindings());
    }

    [Fact]
    public void HaveNoLintFindings_fails_on_a_warning_alone()
    {
        var config = Configs.Parse(WarningOnly);

        Failure.Verify(() => config.Should().HaveNoLintFindings("the deployment is strict"));
    }

    [Fact]
    public void Braces_from_the_config_reach_the_message_verbatim()
    {
        var config = Configs.Parse("http_port 3128\nfoo{0}bar{reason}{context} 1\nhttp_access deny all\n");

        var message = Failure.Of(() => config.Should().HaveNoLintErrors());

        message.Should().Contain("foo{0}bar{reason}{context}").And.NotContain("**WARNING**");
    }

    [Fact]
    public void A_null_config_fails()
    {
        SquidConfig? config = null;

        Failure.Verify(() => config.Should().HaveNoLintErrors());
    }

    [Fact]
    public void Inside_an_assertion_scope_the_failures_are_collected()
    {
        var config = Configs.Parse(Broken);

        Failure.Verify(() =>
        {
            using var scope = new AssertionScope();
            config.Should().HaveNoLintErrors();
            config.Should().HaveNoLintFindings();
        });
    }
}
