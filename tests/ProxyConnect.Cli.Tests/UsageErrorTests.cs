using ProxyConnect.Cli.Tests.Support;
using ProxyConnect.Squid;

namespace ProxyConnect.Cli.Tests;

/// <summary>Every way of asking for something the tool cannot do: exit code 2, one clear message on stderr naming
/// the value at fault, nothing on stdout, and not one byte changed on disk.</summary>
public class UsageErrorTests
{
    public static TheoryData<string[], string> Cases => new()
    {
        { new[] { "add-sensor", "{conf}", "--name", "all", "--ip", "10.1.0.5", "--in-place" }, "'all' is a predefined Squid ACL" },
        { new[] { "add-sensor", "{conf}", "--name", "bad name", "--ip", "10.1.0.5", "--in-place" }, "'bad name' is not a valid ACL name" },
        { new[] { "add-sensor", "{conf}", "--name", "s", "--ip", "10.1.0.500", "--in-place" }, "'10.1.0.500'" },
        { new[] { "add-sensor", "{conf}", "--name", "s", "--ip", "all", "--in-place" }, "'all' matches every client" },
        { new[] { "add-sensor", "{conf}", "--name", "s", "--in-place" }, "Option '--ip' is required" },
        { new[] { "add-sensor", "{conf}", "--ip", "10.0.0.1", "--in-place" }, "Option '--name' is required" },
        { new[] { "add-sensor", "{conf}", "--name", "s", "--ip", "10.0.0.1", "--at", "top", "--in-place" }, "--at: Argument 'top' not recognized. Must be one of: 'marker', 'before-deny-all'" },
        { new[] { "add-sensor", "{conf}", "--name", "s", "--ip", "10.0.0.1", "--backup" }, "--backup only applies with --in-place" },
        { new[] { "add-sensor", "--name", "s", "--ip", "10.0.0.1", "--in-place" }, "--in-place needs a config file to write, but the config is the embedded default" },
        { new[] { "add-sensor", "-", "--name", "s", "--ip", "10.0.0.1", "--in-place" }, "--in-place needs a config file to write, but the config is standard input (-)" },
        { new[] { "add-sensor", "{nomarker}", "--name", "s", "--ip", "10.0.0.1", "--in-place" }, "has no '# INSERT YOUR OWN RULE(S) HERE TO ALLOW ACCESS FROM YOUR CLIENTS' comment" },
        { new[] { "add-sensor", "{nomarker}", "--name", "s", "--ip", "10.0.0.1", "--at", "before-deny-all", "--in-place" }, "has no 'http_access deny all'" },
        { new[] { "add-sensor", "{missing}", "--name", "s", "--ip", "10.0.0.1", "--in-place" }, "Cannot read squid config '{missing}'" },
        { new[] { "add-sensor", "{dir}", "--name", "s", "--ip", "10.0.0.1" }, "it is a directory" },
        { new[] { "add-sensor", "{conf}", "--name", "s", "--ip", "10.0.0.1", "--conf-d", "-" }, "--conf-d needs the path of a file" },
        { new[] { "add-sensor", "{conf}", "--name", "localhost2", "--ip", "10.0.0.1", "--unknown" }, "Unknown option '--unknown'." },
        { new[] { "remove-sensor", "{conf}", "--name", "to_localhost", "--in-place" }, "still used by another rule" },
        { new[] { "remove-sensor", "{conf}", "--name", "!x", "--in-place" }, "'!x' is not a valid ACL name" },
        { new[] { "remove-sensor", "--name", "s", "--in-place" }, "--in-place needs a config file" },
        { new[] { "sensors", "{missing}" }, "Cannot read squid config '{missing}'" },
        { new[] { "check", "--src", "10.0.0.x" }, "'10.0.0.x' is not an IPv4 or IPv6 address" },
        { new[] { "check", "--src", "10.0.0.1", "--port", "70000" }, "--port 70000 is not a valid port: expected a number from 1 to 65535" },
        { new[] { "check", "--src", "10.0.0.1", "--port", "https" }, "'https'" },
        { new[] { "check", "{missing}", "--src", "10.0.0.1" }, "Cannot read squid config '{missing}'" },
        { new[] { "check" }, "Option '--src' is required" },
        { new[] { "lint", "--format", "xml" }, "--format: Argument 'xml' not recognized" },
        { new[] { "nosuch" }, "Unrecognized command or argument 'nosuch'" },
        { Array.Empty<string>(), "Required command was not provided" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Exit_code_2_with_a_clear_message_and_no_file_changed(string[] args, string expected)
    {
        using var temp = new TempFolder();
        temp.Write("squid.conf", SquidConfig.DefaultText);
        temp.Write("nomarker.conf", "http_port 3128\n");
        Directory.CreateDirectory(temp.File("dir"));
        string Expand(string s) => s
            .Replace("{conf}", temp.File("squid.conf"))
            .Replace("{nomarker}", temp.File("nomarker.conf"))
            .Replace("{missing}", temp.File("missing.conf"))
            .Replace("{dir}", temp.File("dir"));
        var before = temp.Snapshot();

        var result = Tool.Run(args.Select(Expand).ToArray());

        result.ExitCode.Should().Be(2, result.ToString());
        result.StdoutBytes.Should().BeEmpty();
        result.Stderr.Should().StartWith("proxyconnect: error: ").And.Contain(Expand(expected));
        var after = temp.Snapshot();
        after.Keys.Should().Equal(before.Keys);
        foreach (var (name, bytes) in before)
        {
            after[name].Should().Equal(bytes, $"{name} must not change");
        }
    }
}
