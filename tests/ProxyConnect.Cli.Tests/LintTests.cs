using System.Text.Json;
using ProxyConnect.Cli.Tests.Support;
using ProxyConnect.Squid;

namespace ProxyConnect.Cli.Tests;

public class LintTests
{
    private const string Broken = "acl a src 10.0.0.1\nhttp_access allow a nosuch\nhttp_access deny all\n";

    [Fact]
    public void The_default_has_no_findings()
    {
        var result = Tool.Run("lint");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Be("no findings for Squid 7.7 (the newest; see --squid-version)\n");
    }

    [Fact]
    public void An_error_finding_gives_exit_code_1_in_every_format()
    {
        using var temp = new TempFolder();
        var path = temp.Write("squid.conf", Broken);

        var text = Tool.Run("lint", path);
        var msbuild = Tool.Run("lint", path, "--format", "msbuild");
        var json = Tool.Run("lint", path, "--format", "json");

        text.ExitCode.Should().Be(1, text.ToString());
        text.Stdout.Should().StartWith($"{path}:2:21: error PXC1030: ").And.EndWith("1 error, 0 warnings for Squid 7.7 (the newest; see --squid-version)\n");
        msbuild.ExitCode.Should().Be(1);
        msbuild.Stdout.Should().StartWith($"{path}(2,21): error PXC1030: ");
        json.ExitCode.Should().Be(1);
        using var doc = JsonDocument.Parse(json.Stdout);
        doc.RootElement.GetProperty("errorCount").GetInt32().Should().Be(1);
        doc.RootElement.GetProperty("findings")[0].GetProperty("file").GetString().Should().Be(path);
    }

    [Fact]
    public void Warnings_alone_give_exit_code_0()
    {
        var result = Tool.RunWithInput("http_access allow all\n", "lint", "-", "--format", "msbuild");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().StartWith("<stdin>(1,").And.Contain("warning PXC1036");
    }

    [Fact]
    public void Many_files_are_linted_into_one_report()
    {
        using var temp = new TempFolder();
        var good = temp.Write("good.conf", SquidConfig.DefaultText);
        var bad = temp.Write("bad.conf", Broken);

        var result = Tool.Run("lint", good, bad);

        result.ExitCode.Should().Be(1);
        result.Stdout.Should().Contain(bad).And.NotContain(good).And.EndWith("1 error, 0 warnings for Squid 7.7 (the newest; see --squid-version)\n");
        result.Stderr.Should().BeEmpty("progress is shown only when stderr is a terminal");
    }

    [Fact]
    public void Progress_goes_to_stderr_when_it_is_a_terminal_and_never_to_stdout()
    {
        using var temp = new TempFolder();
        var a = temp.Write("a.conf", SquidConfig.DefaultText);
        var b = temp.Write("b.conf", SquidConfig.DefaultText);

        var result = Tool.RunWithInput(Array.Empty<byte>(), stderrIsTerminal: true, "lint", a, b);

        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Be("no findings for Squid 7.7 (the newest; see --squid-version)\n");
        result.Stderr.Should().Contain("linting 2/2: " + b);
    }

    [Fact]
    public void An_unreadable_file_gives_exit_code_2_and_nothing_on_stdout()
    {
        using var temp = new TempFolder();
        var bad = temp.Write("bad.conf", Broken);
        var missing = temp.File("missing.conf");

        var result = Tool.Run("lint", missing, bad);

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Be($"proxyconnect: error: Cannot read squid config '{missing}': Could not find file '{missing}'.\n");
        result.StdoutBytes.Should().BeEmpty("on any error nothing goes to stdout, so that no script takes half an answer for one");
    }
}
