using ProxyConnect.Analysis;
using ProxyConnect.Squid;

namespace ProxyConnect.Tests.Analysis;

/// <summary>Lint as a whole: spans, inactive branches, long lines. Each id's own tests are under Rules/.</summary>
public class LintRuleTests
{
    private const string Rule = "http_access deny all\n";

    [Fact]
    public void Line_too_long_is_a_finding()
    {
        var text = "acl a src " + new string('1', 9000) + "\n" + Rule;
        SquidConfig.Parse(text).Lint().Should().Contain(f => f.Id == "PXC1004" && f.Severity == Severity.Error);
    }

    [Fact]
    public void Span_covers_the_token()
    {
        var f = SquidConfig.Parse("http_access allow nosuch\n", "t.conf").Lint().Single(x => x.Id == "PXC1030");
        f.Length.Should().Be(6);
        f.EndColumn.Should().Be(25);
    }

    [Fact]
    public void Inactive_branch_is_not_linted()
    {
        SquidConfig.Parse("if false\nhttp_access allow nosuch\nendif\n" + Rule).Lint().Should().BeEmpty();
    }
}
