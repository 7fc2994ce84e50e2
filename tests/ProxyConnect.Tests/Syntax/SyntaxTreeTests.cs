using ProxyConnect.Squid;
using ProxyConnect.Squid.Syntax;

namespace ProxyConnect.Tests.Syntax;

public class SyntaxTreeTests
{
    [Fact]
    public void Lines_are_classified_as_blank_comment_or_directive()
    {
        var config = SquidConfig.Parse("\n  # note\nhttp_port 3128\n \t\n");
        config.Nodes.Select(n => n.Kind).Should().Equal(SyntaxKind.BlankLine, SyntaxKind.CommentLine, SyntaxKind.Directive, SyntaxKind.BlankLine);
    }

    [Fact]
    public void A_continuation_with_interleaved_comments_is_one_directive_joined_without_a_space()
    {
        var config = SquidConfig.Parse("acl a src 10.0.0.1 \\\n# inside\n\n  10.0.0.2\\\n10.0.0.3\nhttp_access allow a\n");
        var directive = config.Nodes[0].Should().BeOfType<DirectiveLine>().Subject;
        directive.PhysicalLineCount.Should().Be(5);
        directive.LogicalText.Should().Be("acl a src 10.0.0.1 10.0.0.210.0.0.3");
        directive.Arguments.Select(a => a.Text).Should().Equal("a", "src", "10.0.0.1", "10.0.0.210.0.0.3");
        directive.Arguments[3].LineOffset.Should().Be(3);
        directive.Arguments[3].Column.Should().Be(3);
        config.Nodes[1].Should().BeOfType<DirectiveLine>().Which.Name.Should().Be("http_access");
    }

    [Fact]
    public void A_continuation_open_at_the_end_of_the_file_is_kept_and_reported()
    {
        var config = SquidConfig.Parse("http_port 3128\nacl a src 10.0.0.1 \\\n  10.0.0.2 \\");
        var directive = config.Nodes[1].Should().BeOfType<DirectiveLine>().Subject;
        directive.IsOpenAtEndOfFile.Should().BeTrue();
        config.SyntaxDiagnostics.Should().ContainSingle(d => d.Code == SyntaxDiagnosticCodes.OpenContinuation)
            .Which.Location.Line.Should().Be(3);
    }

    [Fact]
    public void A_backslash_followed_by_a_blank_does_not_continue_the_line()
    {
        var config = SquidConfig.Parse("acl a src 10.0.0.1 \\ \n  10.0.0.2\n");
        config.Nodes.Should().HaveCount(2);
        config.Nodes[0].Should().BeOfType<DirectiveLine>().Which.Arguments.Select(a => a.Text).Should().Equal("a", "src", "10.0.0.1", "\\");
        config.SyntaxDiagnostics.Should().ContainSingle(d => d.Code == SyntaxDiagnosticCodes.BackslashBeforeBlanks);
    }

    [Fact]
    public void An_inline_comment_starts_only_at_a_token_that_begins_with_hash()
    {
        var config = SquidConfig.Parse("acl a src 10.0.0.1 # hall A\nhttp_access allow a#b\n");
        var acl = (DirectiveLine)config.Nodes[0];
        acl.Arguments.Select(a => a.Text).Should().Equal("a", "src", "10.0.0.1");
        acl.InlineComment!.Text.Should().Be("# hall A");
        var rule = (DirectiveLine)config.Nodes[1];
        rule.Arguments.Select(a => a.Text).Should().Equal("allow", "a#b");
        rule.InlineComment.Should().BeNull();
    }

    [Fact]
    public void Include_lines_keep_hash_as_data_and_group_quotes()
    {
        var config = SquidConfig.Parse("include \"/etc/a b.conf\" /x.conf # c\n");
        var include = (DirectiveLine)config.Nodes[0];
        include.Arguments.Select(a => a.Text).Should().Equal("\"/etc/a b.conf\"", "/x.conf", "#", "c");
        include.InlineComment.Should().BeNull();
    }

    [Fact]
    public void Quoted_values_group_blanks_only_while_the_switch_is_on()
    {
        var config = SquidConfig.Parse("acl a dstdomain \"x y\"\nconfiguration_includes_quoted_values on\nacl b dstdomain \"x y\"\nconfiguration_includes_quoted_values off\nacl c dstdomain \"x y\"\n");
        var directives = config.Nodes.OfType<DirectiveLine>().ToList();
        directives[0].Arguments.Should().HaveCount(4);
        directives[2].QuotedValues.Should().BeTrue();
        directives[2].Arguments.Select(a => a.Text).Should().Equal("b", "dstdomain", "\"x y\"");
        directives[4].QuotedValues.Should().BeFalse();
        directives[4].Arguments.Should().HaveCount(4);
    }

    [Fact]
    public void The_first_carriage_return_ends_what_Squid_reads_and_is_reported()
    {
        var config = SquidConfig.Parse("acl a src 10.0.0.1\rfoo bar\n");
        var acl = (DirectiveLine)config.Nodes[0];
        acl.LogicalText.Should().Be("acl a src 10.0.0.1");
        config.SyntaxDiagnostics.Should().ContainSingle(d => d.Code == SyntaxDiagnosticCodes.CarriageReturnInLine)
            .Which.Location.Column.Should().Be(19);
    }

    [Fact]
    public void CRLF_endings_belong_to_the_line_ending_not_to_the_content()
    {
        var config = SquidConfig.Parse("acl a src 10.0.0.1 \\\r\n  10.0.0.2\r\nhttp_port 3128\r\n");
        config.LineEnding.Should().Be("\r\n");
        var acl = (DirectiveLine)config.Nodes[0];
        acl.Arguments.Select(a => a.Text).Should().Equal("a", "src", "10.0.0.1", "10.0.0.2");
        config.SyntaxDiagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_byte_order_mark_is_kept_and_reported_as_an_error()
    {
        var config = SquidConfig.Parse("\uFEFFhttp_port 3128\n");
        config.ToString().Should().StartWith("\uFEFF");
        config.SyntaxDiagnostics.Should().ContainSingle(d => d.Code == SyntaxDiagnosticCodes.ByteOrderMark && d.Severity == Severity.Error);
    }

    [Fact]
    public void A_physical_line_over_8191_bytes_is_reported()
    {
        var config = SquidConfig.Parse("acl x src " + string.Join(" ", Enumerable.Repeat("10.0.0.1", 1000)) + "\n");
        config.SyntaxDiagnostics.Should().ContainSingle(d => d.Code == SyntaxDiagnosticCodes.LineTooLong);
    }

    [Fact]
    public void Locations_count_physical_lines_and_columns_after_indentation()
    {
        var config = SquidConfig.Parse("# c\nacl a src 10.0.0.1 \\\n 10.0.0.2\n\n\thttp_access allow a\n", "f.conf");
        var rule = config.HttpAccessRules.Single();
        rule.Location.Should().Be(new SourceLocation("f.conf", 5, 2));
        rule.Location!.ToString().Should().Be("f.conf(5,2)");
    }

    [Fact]
    public void A_comment_block_directly_above_a_directive_belongs_to_it()
    {
        var config = SquidConfig.Parse("# unrelated\n\n# owned 1\n# owned 2\nacl a src 10.0.0.1\n");
        config.LeadingCommentsOf(4).Should().Be((2, 2));
        config.LeadingCommentsOf(0).Should().Be((0, 0));
    }

    [Fact]
    public void New_directive_lines_reject_text_that_would_change_the_file_structure()
    {
        var format = LineFormat.Default;
        FluentActions.Invoking(() => DirectiveLine.Create("acl", new[] { "a\nhttp_access allow all" }, format)).Should().Throw<ArgumentException>().WithMessage("*blank or a control character*");
        FluentActions.Invoking(() => DirectiveLine.Create("acl", new[] { "#x" }, format)).Should().Throw<ArgumentException>().WithMessage("*starts with '#'*");
        FluentActions.Invoking(() => DirectiveLine.Create("acl", new[] { "a b" }, format)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => DirectiveLine.Create("acl", new[] { string.Empty }, format)).Should().Throw<ArgumentException>();
        DirectiveLine.Create("acl", new[] { "a", "src", "10.0.0.1" }, new LineFormat("  ", "\t", "\r\n")).Text.Should().Be("  acl\ta\tsrc\t10.0.0.1\r\n");
    }
}
