using ProxyConnect.Cli.Output;
using ProxyConnect.Cli.Tests.Support;
using ProxyConnect.Squid;

namespace ProxyConnect.Cli.Tests;

/// <summary>Issue 17, point 7: without CONFIG the tool reads standard input when it is a pipe or a file, and uses the
/// embedded default when it is a terminal or a device such as /dev/null, or when --default asks for it.</summary>
public class StdinRuleTests
{
    private const string Broken = "acl x src 10.0.0.300\nhttp_access allow x\nhttp_access deny all\n";

    [Fact]
    public void Piped_text_is_linted_instead_of_the_default()
    {
        var result = Tool.RunWithInput(Broken, "lint");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Stdout.Should().Contain("<stdin>").And.Contain("PXC1023");
    }

    [Theory]
    [InlineData(StdinKind.Terminal)]
    [InlineData(StdinKind.Device)]
    public void A_terminal_or_a_device_means_the_embedded_default(StdinKind kind)
    {
        var result = Tool.RunAs(kind, System.Text.Encoding.UTF8.GetBytes(Broken), false, "add-sensor", "--name", "s1", "--ip", "10.1.0.5");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Be(SquidConfig.CreateDefault().AddSensor(new ProxyConnect.Sensors.Sensor("s1", "10.1.0.5")).ToString());
    }

    [Fact]
    public void Default_option_ignores_piped_text()
    {
        var result = Tool.RunWithInput(Broken, "lint", "--default");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().NotContain("PXC1023");
    }

    [Fact]
    public void Default_option_and_a_config_together_are_refused()
    {
        using var temp = new TempFolder();
        var path = temp.Write("squid.conf", SquidConfig.DefaultText);

        var result = Tool.Run("sensors", path, "--default");

        result.ExitCode.Should().Be(2);
        result.StdoutBytes.Should().BeEmpty();
        result.Stderr.Should().Contain("--default").And.Contain(path);
    }

    [Fact]
    public void The_real_process_reads_a_pipe_and_ignores_dev_null()
    {
        var dll = typeof(Program).Assembly.Location;
        using var temp = new TempFolder();
        var bad = temp.Write("bad.conf", Broken);

        var piped = Processes.Run("bash", temp.Path, TimeSpan.FromMinutes(2), null, "-c", $"cat '{bad}' | dotnet '{dll}' lint");
        var devNull = Processes.Run("bash", temp.Path, TimeSpan.FromMinutes(2), null, "-c", $"dotnet '{dll}' lint < /dev/null");
        var file = Processes.Run("bash", temp.Path, TimeSpan.FromMinutes(2), null, "-c", $"dotnet '{dll}' lint < '{bad}'");

        piped.ExitCode.Should().Be(1, piped.Stderr);
        piped.Stdout.Should().Contain("PXC1023");
        file.ExitCode.Should().Be(1, file.Stderr);
        devNull.ExitCode.Should().Be(0, devNull.Stderr);
        devNull.Stdout.Should().NotContain("PXC1023");
    }
}
