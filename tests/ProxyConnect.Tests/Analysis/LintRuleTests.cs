using ProxyConnect.Analysis;
using ProxyConnect.Squid;

namespace ProxyConnect.Tests.Analysis;

/// <summary>For every lint id: the smallest config that triggers it (id, severity, line, column) and one that must not.</summary>
public class LintRuleTests
{
    private const string Rule = "http_access deny all\n";

    public static TheoryData<string, string, Severity, int, int> Triggers => new()
    {
        { "PXC1001", "\uFEFFhttp_access deny all\n", Severity.Error, 1, 1 },
        { "PXC1002", Rule + "acl a src 10.0.0.1 \\", Severity.Warning, 2, 20 },
        { "PXC1003", "acl a src 10.0.0.1\rfoo\n" + Rule, Severity.Warning, 1, 19 },
        { "PXC1005", "acl a src 10.0.0.1 \\ \n" + Rule, Severity.Warning, 1, 20 },
        { "PXC1010", "Http_port 3128\n" + Rule, Severity.Error, 1, 1 },
        { "PXC1011", "if true\n" + Rule, Severity.Error, 1, 1 },
        { "PXC1020", "acl a\n" + Rule, Severity.Error, 1, 1 },
        { "PXC1021", "acl a Src 10.0.0.1\n" + Rule, Severity.Error, 1, 7 },
        { "PXC1022", "acl localhost dst 10.0.0.1\n" + Rule, Severity.Error, 1, 5 },
        { "PXC1023", "acl a src 10.0.0.300\n" + Rule, Severity.Error, 1, 11 },
        { "PXC1024", "acl p port 70000\n" + Rule, Severity.Error, 1, 12 },
        { "PXC1025", "acl a src\n" + Rule, Severity.Warning, 1, 1 },
        { "PXC1026", "acl a src \"/nonexistent/pxc-test.txt\"\n" + Rule, Severity.Warning, 1, 11 },
        { "PXC1027", "acl a src 10.0.0.5/24\n" + Rule, Severity.Warning, 1, 11 },
        { "PXC1028", "acl a src 10.0.0.10-10.0.0.1\n" + Rule, Severity.Warning, 1, 11 },
        { "PXC1029", "acl a src 010.0.0.1\n" + Rule, Severity.Warning, 1, 11 },
        { "PXC1030", "http_access allow nosuch\n", Severity.Error, 1, 19 },
        { "PXC1031", "http_access allow a\nacl a src 10.0.0.1\n" + Rule, Severity.Error, 1, 19 },
        { "PXC1032", "http_access deny ! all\n", Severity.Error, 1, 18 },
        { "PXC1033", "http_access Allow all\n" + Rule, Severity.Warning, 1, 13 },
        { "PXC1034", "http_access allow\n" + Rule, Severity.Warning, 1, 13 },
        { "PXC1035", Rule + "http_access allow localhost\n", Severity.Warning, 2, 1 },
        { "PXC1036", "http_access allow all\n", Severity.Warning, 1, 1 },
        { "PXC1037", "http_port 3128\n", Severity.Warning, 1, 1 },
        { "PXC1040", "http_port 0\n" + Rule, Severity.Error, 1, 11 },
        { "PXC1041", "http_port 3128 fast\n" + Rule, Severity.Error, 1, 16 },
        { "PXC1042", "http_port 3128 defaultsite=example.com\n" + Rule, Severity.Error, 1, 16 },
        { "PXC1050", "configuration_includes_quoted_values on\nacl a src 10.0.0.1\nhttp_access deny !a\n", Severity.Error, 3, 18 },
        { "PXC1051", "configuration_includes_quoted_values on\nacl a url_regex ^http:\n" + Rule, Severity.Error, 2, 7 },
    };

    public static TheoryData<string, string> Clean => new()
    {
        { "PXC1001", Rule },
        { "PXC1002", "acl a src 10.0.0.1 \\\n  10.0.0.2\n" + Rule },
        { "PXC1003", "acl a src 10.0.0.1\r\n" + Rule },
        { "PXC1005", "acl a src 10.0.0.1 \\\n 10.0.0.2\n" + Rule },
        { "PXC1010", "http_port 3128\nhttp_access2 deny all\n" + Rule },
        { "PXC1011", "if ${process_number} = 0\nacl a src 10.0.0.1\nelse\nacl a src 10.0.0.2\nendif\n" + Rule },
        { "PXC1020", "acl a src 10.0.0.1\n" + Rule },
        { "PXC1021", "acl a src 10.0.0.1\nacl b myip 10.0.0.1\n" + Rule },
        { "PXC1022", "acl localhost src 10.0.0.1\nacl CONNECT method CONNECT\n" + Rule },
        { "PXC1023", "acl a src 10.0.0.0/8 fc00::/7 0.0.0.1-0.255.255.255 all\n" + Rule },
        { "PXC1024", "acl p port 1025-65535 443\n" + Rule },
        { "PXC1025", "acl a src 10.0.0.1\n" + Rule },
        { "PXC1026", "acl a src \"/etc/hostname\"\n" + Rule },
        { "PXC1027", "acl a src 10.0.0.0/24\n" + Rule },
        { "PXC1028", "acl a src 10.0.0.1-10.0.0.10\n" + Rule },
        { "PXC1029", "acl a src 10.0.0.1\n" + Rule },
        { "PXC1030", "acl a src 10.0.0.1\nhttp_access allow a\n" + Rule },
        { "PXC1031", "acl a src 10.0.0.1\nhttp_access allow a\nacl a src 10.0.0.2\n" + Rule },
        { "PXC1032", "http_access deny !all\n" },
        { "PXC1033", "http_access allow localhost\n" + Rule },
        { "PXC1034", "http_access allow localhost\n" + Rule },
        { "PXC1035", "http_access allow localhost\n" + Rule },
        { "PXC1036", "http_access allow localhost\n" + Rule },
        { "PXC1037", Rule },
        { "PXC1040", "http_port 3128\nhttp_port [::1]:3129\nhttp_port 127.0.0.1:3130\n" + Rule },
        { "PXC1041", "http_port 3128 name=main tcpkeepalive=60,30,3 tls-cert=/x.pem\n" + Rule },
        { "PXC1042", "http_port 80 accel defaultsite=example.com vhost\n" + Rule },
        { "PXC1050", "configuration_includes_quoted_values on\nacl a src 10.0.0.1\nconfiguration_includes_quoted_values off\nhttp_access deny !a\n" },
        { "PXC1051", "acl a url_regex ^http:\n" + Rule },
    };

    [Theory]
    [MemberData(nameof(Triggers))]
    public void Smallest_config_triggers_the_id(string id, string text, Severity severity, int line, int column)
    {
        var findings = SquidConfig.Parse(text, "t.conf").Lint();

        var f = findings.Where(x => x.Id == id).Should().ContainSingle(because: string.Join("\n", findings)).Subject;
        f.Severity.Should().Be(severity);
        LintRules.Find(id)!.Severity.Should().Be(severity);
        f.Location.Should().Be(new SourceLocation("t.conf", line, column));
        f.Length.Should().BeGreaterThan(0);
    }

    [Theory]
    [MemberData(nameof(Clean))]
    public void Clean_config_does_not_trigger_the_id(string id, string text)
    {
        SquidConfig.Parse(text, "t.conf").Lint().Should().NotContain(x => x.Id == id);
    }

    [Fact]
    public void Line_too_long_is_a_finding()
    {
        var text = "acl a src " + new string('1', 9000) + "\n" + Rule;
        SquidConfig.Parse(text).Lint().Should().Contain(f => f.Id == "PXC1004" && f.Severity == Severity.Error);
    }

    [Fact]
    public void Every_id_in_the_catalogue_has_a_help_page_and_a_test()
    {
        var tested = Triggers.Select(r => (string)r[0]).Append("PXC1004").Append("PXC1012").Append("PXC1013").ToHashSet();
        foreach (var rule in LintRules.All)
        {
            File.Exists(Path.Combine(Shared.RepoPaths.Root, rule.HelpLink)).Should().BeTrue(rule.HelpLink);
            tested.Should().Contain(rule.Id);
        }
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
