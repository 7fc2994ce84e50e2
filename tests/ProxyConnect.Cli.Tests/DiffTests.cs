using ProxyConnect.Cli.Tests.Support;
using ProxyConnect.Squid;

namespace ProxyConnect.Cli.Tests;

public class DiffTests
{
    [Fact]
    public void Add_sensor_diff_is_a_unified_diff_with_three_lines_of_context()
    {
        var result = Tool.Run("add-sensor", "--name", "sensor1", "--ip", "10.1.0.5", "--diff");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Be(
            "--- <default>\n" +
            "+++ <default>\n" +
            "@@ -21,6 +21,8 @@\n" +
            " #\n" +
            " # INSERT YOUR OWN RULE(S) HERE TO ALLOW ACCESS FROM YOUR CLIENTS\n" +
            " #\n" +
            "+acl sensor1 src 10.1.0.5\n" +
            "+http_access allow sensor1\n" +
            " \n" +
            " # Whatever was not allowed above is refused.\n" +
            " http_access deny all\n");
    }

    [Fact]
    public void Remove_sensor_diff_shows_the_removed_lines()
    {
        using var temp = new TempFolder();
        var path = temp.Write("squid.conf", Texts.DefaultWithSensor1);

        var result = Tool.Run("remove-sensor", path, "--name", "sensor1", "--diff");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain($"--- {path}\n+++ {path}\n@@ -21,8 +21,6 @@\n")
            .And.Contain("-acl sensor1 src 10.1.0.5\n-http_access allow sensor1\n");
        File.ReadAllText(path).Should().Be(Texts.DefaultWithSensor1, "--diff alone writes nothing");
    }

    [Fact]
    public void Diff_of_no_change_is_empty()
    {
        var result = Tool.RunWithInput(Texts.DefaultWithSensor1, "add-sensor", "-", "--name", "sensor1", "--ip", "10.1.0.5", "--diff");

        result.ExitCode.Should().Be(0);
        result.StdoutBytes.Should().BeEmpty();
    }

    [Fact]
    public void Diff_keeps_crlf_and_reports_a_missing_final_newline()
    {
        var config = "# INSERT YOUR OWN RULE(S) HERE TO ALLOW ACCESS FROM YOUR CLIENTS\r\nhttp_access deny all";

        var result = Tool.RunWithInput(config, "add-sensor", "-", "--name", "s", "--ip", "10.0.0.1", "--diff");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Be(
            "--- <stdin>\n+++ <stdin>\n@@ -1,2 +1,4 @@\n" +
            " # INSERT YOUR OWN RULE(S) HERE TO ALLOW ACCESS FROM YOUR CLIENTS\r\n" +
            "+acl s src 10.0.0.1\r\n" +
            "+http_access allow s\r\n" +
            " http_access deny all\n\\ No newline at end of file\n");
    }

    [Fact]
    public void Distant_changes_make_separate_hunks()
    {
        var lines = Enumerable.Range(1, 20).Select(i => $"# line {i}\n").ToList();
        var oldText = string.Concat(lines);
        lines[1] = "# changed 2\n";
        lines[17] = "# changed 18\n";

        var diff = ProxyConnect.Cli.Output.UnifiedDiff.Create(oldText, string.Concat(lines), "a", "b");

        diff.Should().Be(
            "--- a\n+++ b\n" +
            "@@ -1,5 +1,5 @@\n # line 1\n-# line 2\n+# changed 2\n # line 3\n # line 4\n # line 5\n" +
            "@@ -15,6 +15,6 @@\n # line 15\n # line 16\n # line 17\n-# line 18\n+# changed 18\n # line 19\n # line 20\n");
    }

    [Fact]
    public void Default_has_no_diff_against_itself()
    {
        ProxyConnect.Cli.Output.UnifiedDiff.Create(SquidConfig.DefaultText, SquidConfig.DefaultText, "a", "b").Should().BeEmpty();
    }
}
