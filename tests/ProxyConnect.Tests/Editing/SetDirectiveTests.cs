using ProxyConnect.Squid;

namespace ProxyConnect.Tests.Editing;

/// <summary>Issue 17, point 10: SetDirective finds the lines to drop by node, not by a line number that an earlier
/// collapse of a continuation line moved.</summary>
public class SetDirectiveTests
{
    [Fact]
    public void Setting_a_directive_whose_first_line_continues_drops_exactly_the_later_duplicates()
    {
        var text = "visible_hostname \\\n  first\ncoredump_dir /var/spool/squid\nvisible_hostname second\nhttp_port 3128\nvisible_hostname third\n";

        var result = SquidConfig.Parse(text).SetDirective("visible_hostname", "proxy");

        result.ToString().Should().Be("visible_hostname proxy\ncoredump_dir /var/spool/squid\nhttp_port 3128\n");
    }
}
