using ProxyConnect.Analysis;
using ProxyConnect.Squid;

namespace ProxyConnect.Tests.Analysis;

/// <summary>
/// PXC1004 agrees with <c>squid -k parse</c> (found by the lint agreement test in ProxyConnect.Squid.Tests): Squid 5.7
/// reads physical lines with <c>fgets(…, 8192)</c>, so the rest of a longer line becomes a line of its own and Squid
/// fails on it (<c>unrecognized: 'xxx…'</c>, exit 1, for a long comment; <c>Bungled</c> for a long acl line). The
/// finding is an error, and none is reported when the rest is blank or a comment, which Squid skips.
/// </summary>
public class LineTooLongLintTests
{
    private const string Rule = "http_access deny all\n";

    [Fact]
    public void Long_comment_line_is_an_error()
    {
        var text = "# " + new string('x', 9000) + "\n" + Rule;
        SquidConfig.Parse(text).Lint().Should().ContainSingle(f => f.Id == "PXC1004").Which.Severity.Should().Be(Severity.Error);
    }

    [Fact]
    public void Long_acl_line_is_an_error()
    {
        var values = string.Join(' ', Enumerable.Range(0, 1000).Select(i => $"10.0.{i / 256}.{i % 256}"));
        var text = "acl many src " + values + "\n" + Rule;
        SquidConfig.Parse(text).Lint().Should().Contain(f => f.Id == "PXC1004" && f.Severity == Severity.Error);
    }

    [Theory]
    [InlineData("")]          // exactly 8191 bytes: the second read is the newline alone
    [InlineData("      ")]    // the rest is blanks
    [InlineData("   # tail")] // the rest is a comment line
    public void Nothing_when_squid_skips_the_rest(string rest)
    {
        var head = "acl a src 10.0.0.1 ";
        var text = head + new string(' ', 8191 - head.Length) + rest + "\n" + "http_access allow a\n";
        SquidConfig.Parse(text).Lint().Should().NotContain(f => f.Id == "PXC1004");
    }
}
