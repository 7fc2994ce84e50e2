using System.Text;
using ProxyConnect.Cli;
using ProxyConnect.Squid.Tests.Harness;

namespace ProxyConnect.Squid.Tests;

/// <summary>The embedded default config, and the tool's edits of it, pass the real <c>squid -k parse</c>.</summary>
public class DefaultConfigSquidTests
{
    /// <summary>The default as the library embeds it (and <c>proxyconnect default</c> prints it).</summary>
    [SkippableFact]
    public void The_default_config_is_accepted()
    {
        SquidBinary.Require();

        var result = SquidParser.Parse(SquidConfig.DefaultText);

        result.Accepted.Should().BeTrue(result.Output);
        result.Errors.Should().BeEmpty(result.Output);
        result.Fatals.Should().BeEmpty(result.Output);
    }

    /// <summary>The default with two sensors added by the command-line tool (in-process), one at the marker and one
    /// before the final deny, as <c>proxyconnect add-sensor</c> prints it.</summary>
    [SkippableFact]
    public void The_default_with_two_sensors_added_by_the_tool_is_accepted()
    {
        SquidBinary.Require();

        var first = RunTool(Array.Empty<byte>(), "add-sensor", "--name", "sensor1", "--ip", "10.1.0.5");
        var second = RunTool(first, "add-sensor", "-", "--name", "sensor2", "--ip", "10.2.0.0/24", "--ip", "fd00::7", "--at", "before-deny-all");
        var text = Encoding.UTF8.GetString(second);
        text.Should().Contain("acl sensor1 src 10.1.0.5\nhttp_access allow sensor1\n")
            .And.Contain("acl sensor2 src 10.2.0.0/24 fd00::7\nhttp_access allow sensor2\n");

        var result = SquidParser.Parse(text);

        result.Accepted.Should().BeTrue(result.Output);
        result.Errors.Should().BeEmpty(result.Output);
        result.Fatals.Should().BeEmpty(result.Output);
    }

    private static byte[] RunTool(byte[] stdin, params string[] args)
    {
        using var input = new MemoryStream(stdin);
        using var output = new MemoryStream();
        var error = new StringWriter();
        var exit = Program.Run(args, input, output, error);
        exit.Should().Be(0, error.ToString());
        return output.ToArray();
    }
}
