using ProxyConnect.Cli.Tests.Support;

namespace ProxyConnect.Cli.Tests;

/// <summary>Issue 17, point 1 in the tool: add-sensor writes exactly the two lines unless --require-auth asks for a login.</summary>
public class RequireAuthTests
{
    private const string Config =
        "auth_param basic program /usr/lib/squid/basic_ncsa_auth /etc/squid/passwords\n" +
        "acl authenticated proxy_auth REQUIRED\n" +
        "acl localnet src 10.0.0.0/8\n" +
        "http_access allow localnet authenticated\n" +
        "#\n# INSERT YOUR OWN RULE(S) HERE TO ALLOW ACCESS FROM YOUR CLIENTS\n#\n" +
        "http_access deny all\n";

    [Fact]
    public void Without_the_option_the_rule_has_no_login_and_a_warning_says_so()
    {
        var result = Tool.RunWithInput(Config, "add-sensor", "-", "--name", "s1", "--ip", "10.1.0.5");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("acl s1 src 10.1.0.5\nhttp_access allow s1\nhttp_access deny all");
        result.Stderr.Should().Contain("warning").And.Contain("PXC1070").And.Contain("line 4");
    }

    [Fact]
    public void The_option_alone_requires_the_authenticated_acl()
    {
        var result = Tool.RunWithInput(Config, "add-sensor", "-", "--name", "s1", "--ip", "10.1.0.5", "--require-auth");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("http_access allow s1 authenticated\n");
        result.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void An_acl_named_after_the_option_is_required_or_refused_naming_its_line()
    {
        var defined = Config.Replace("authenticated", "staff");
        var ok = Tool.RunWithInput(defined, "add-sensor", "-", "--name", "s1", "--ip", "10.1.0.5", "--require-auth", "staff");
        var below = Tool.RunWithInput(Config.Replace("acl authenticated proxy_auth REQUIRED\n", "") + "acl late proxy_auth REQUIRED\n", "add-sensor", "-", "--name", "s1", "--ip", "10.1.0.5", "--require-auth", "late");

        ok.Stdout.Should().Contain("http_access allow s1 staff\n");
        below.ExitCode.Should().Be(2);
        below.StdoutBytes.Should().BeEmpty();
        below.Stderr.Should().Contain("'late' is defined only at <stdin> line 8");
    }
}
