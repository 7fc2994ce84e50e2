using ProxyConnect.Squid.Tests.Harness;

namespace ProxyConnect.Squid.Tests;

/// <summary>The rewrite applied before a live start; no squid needed.</summary>
public class SquidTestOverlayTests
{
    /// <summary>Every physical line of a removed directive is commented out, including continuations; other lines stay byte for byte.</summary>
    [Fact]
    public void Removes_colliding_directives_line_by_line()
    {
        const string Config =
            "acl a src 10.0.0.1 \\\n" +
            "  10.0.0.2\n" +
            "\thttp_port 3128 \\\n" +
            "# a comment inside the continuation\n" +
            "    name=x\n" +
            "http_portal on\n" +
            "cache_dir ufs /var/spool/squid 100 16 256\r\n" +
            "access_log daemon:/var/log/squid/access.log squid\n" +
            "http_access deny all";
        var lines = SquidTestOverlay.Apply(Config, "/tmp/x", 4000).Split('\n');

        lines[..9].Should().Equal(
            "acl a src 10.0.0.1 \\",
            "  10.0.0.2",
            SquidTestOverlay.RemovedPrefix + "\thttp_port 3128 \\",
            "# a comment inside the continuation",
            SquidTestOverlay.RemovedPrefix + "    name=x",
            "http_portal on",
            SquidTestOverlay.RemovedPrefix + "cache_dir ufs /var/spool/squid 100 16 256\r",
            SquidTestOverlay.RemovedPrefix + "access_log daemon:/var/log/squid/access.log squid",
            "http_access deny all\r");
        lines.Should().Contain(["http_port 127.0.0.1:4000\r", "pid_filename /tmp/x/squid.pid\r", "shutdown_lifetime 0 seconds\r"]);
    }

    /// <summary>A line that continues another directive is not mistaken for an http_port directive.</summary>
    [Fact]
    public void A_continued_line_is_not_a_directive()
    {
        var text = SquidTestOverlay.Apply("acl words dstdomain \\\nhttp_port\n", "/tmp/x", 4000);
        text.Should().StartWith("acl words dstdomain \\\nhttp_port\n");
    }
}
