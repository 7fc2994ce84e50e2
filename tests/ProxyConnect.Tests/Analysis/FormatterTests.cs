using ProxyConnect.Analysis;
using ProxyConnect.Analysis.Formatting;
using ProxyConnect.Squid;

namespace ProxyConnect.Tests.Analysis;

public class FormatterTests
{
    private static IReadOnlyList<LintFinding> Findings(string path = "/etc/squid/squid.conf") =>
        SquidConfig.Parse("http_access Allow all\nhttp_access allow nosuch\n", path).Lint();

    [Fact]
    public void Text()
    {
        LintFormatter.ToText(Findings()).Should().Be(
            "/etc/squid/squid.conf:1:13: warning PXC1033: http_access action 'Allow' is not 'allow' or 'deny' (case matters): Squid skips the line\n" +
            "/etc/squid/squid.conf:2:19: error PXC1030: ACL 'nosuch' is not defined: Squid refuses the config\n" +
            "1 error, 1 warning\n");
        LintFormatter.ToText(Array.Empty<LintFinding>()).Should().Be("no findings\n");
    }

    [Fact]
    public void MsBuild()
    {
        LintFormatter.ToMsBuild(Findings()).Should().Be(
            "/etc/squid/squid.conf(1,13): warning PXC1033: http_access action 'Allow' is not 'allow' or 'deny' (case matters): Squid skips the line\n" +
            "/etc/squid/squid.conf(2,19): error PXC1030: ACL 'nosuch' is not defined: Squid refuses the config\n");
        Findings()[1].ToString().Should().Be("/etc/squid/squid.conf(2,19): error PXC1030: ACL 'nosuch' is not defined: Squid refuses the config");
    }

    [Fact]
    public void Json_with_escaping()
    {
        var findings = Findings("C:\\squid\\a\"b.conf");
        LintFormatter.ToJson(findings.Skip(1)).Should().Be(
            "{\"version\":1,\"findings\":[{\"id\":\"PXC1030\",\"severity\":\"error\",\"message\":\"ACL 'nosuch' is not defined: Squid refuses the config\"," +
            "\"file\":\"C:\\\\squid\\\\a\\\"b.conf\",\"line\":2,\"column\":19,\"endColumn\":25,\"length\":6,\"helpUri\":\"docs/diagnostics/PXC1030.md\"}]," +
            "\"errorCount\":1,\"warningCount\":0}");
    }

    [Fact]
    public void Json_for_text_without_file_and_control_characters()
    {
        var finding = new LintFinding("PXC1003", Severity.Warning, "a\tb\u0001", new SourceLocation(null, 1, 2), 1);
        LintFormatter.ToJson(new[] { finding }).Should().Be(
            "{\"version\":1,\"findings\":[{\"id\":\"PXC1003\",\"severity\":\"warning\",\"message\":\"a\\tb\\u0001\",\"file\":null,\"line\":1,\"column\":2,\"endColumn\":3,\"length\":1,\"helpUri\":\"docs/diagnostics/PXC1003.md\"}],\"errorCount\":0,\"warningCount\":1}");
    }
}
