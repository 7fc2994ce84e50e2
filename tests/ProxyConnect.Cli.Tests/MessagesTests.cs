using ProxyConnect.Cli.Output;
using ProxyConnect.Cli.Tests.Support;
using ProxyConnect.Squid;

namespace ProxyConnect.Cli.Tests;

/// <summary>Issue 17, points 8 and 9: nothing on stdout after an error, messages in the tool's own words, one line.</summary>
public class MessagesTests
{
    [Fact]
    public void Lint_of_a_missing_file_prints_nothing_on_stdout()
    {
        using var temp = new TempFolder();
        var missing = temp.File("missing.conf");

        var result = Tool.Run("lint", missing);

        result.ExitCode.Should().Be(2);
        result.StdoutBytes.Should().BeEmpty();
        result.Stderr.Should().Contain(missing);
    }

    [Fact]
    public void Usage_names_proxyconnect()
    {
        var result = Tool.Run("add-sensor", "--help");

        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Contain("Usage:\n  proxyconnect add-sensor").And.NotContain("ProxyConnect.Cli");
    }

    [Theory]
    [InlineData("--nme", "--name")]
    [InlineData("--in-plase", "--in-place")]
    public void A_mistyped_flag_is_named_with_the_closest_real_one(string typo, string meant)
    {
        using var temp = new TempFolder();
        var path = temp.Write("squid.conf", SquidConfig.DefaultText);

        var result = typo == "--nme"
            ? Tool.Run("add-sensor", typo, "s1", "--ip", "10.0.0.1")
            : Tool.Run("add-sensor", "--name", "s1", "--ip", "10.0.0.1", typo);

        result.ExitCode.Should().Be(2);
        result.StdoutBytes.Should().BeEmpty();
        result.Stderr.Should().StartWith($"proxyconnect: error: Unknown option '{typo}'. Did you mean '{meant}'?");
        result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
    }

    [Fact]
    public void A_missing_marker_is_explained_with_the_tools_flags()
    {
        using var temp = new TempFolder();
        var path = temp.Write("squid.conf", "http_access deny all\n");

        var result = Tool.Run("add-sensor", path, "--name", "s1", "--ip", "10.0.0.1");

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("--at before-deny-all").And.Contain("--conf-d FILE").And.NotContain("SensorPlacement");
    }

    [Fact]
    public void An_unexpected_error_is_one_line_and_verbose_adds_the_details()
    {
        var error = new NullReferenceException("boom");

        ErrorReport.Message(error).Should().Be("unexpected NullReferenceException: boom (run with --verbose for details)");
        ErrorReport.Details(Thrown(error)).Should().Contain("System.NullReferenceException: boom").And.Contain(nameof(Thrown));
    }

    [Fact]
    public void Verbose_is_accepted_by_every_command()
    {
        var result = Tool.Run("sensors", "--verbose");

        result.ExitCode.Should().Be(0, result.ToString());
    }

    private static Exception Thrown(Exception ex)
    {
        try
        {
            throw ex;
        }
        catch (Exception caught)
        {
            return caught;
        }
    }
}
