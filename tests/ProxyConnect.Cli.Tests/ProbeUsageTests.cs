using ProxyConnect.Cli.Tests.Support;

namespace ProxyConnect.Cli.Tests;

/// <summary>probe refuses what it cannot do safely before it connects anywhere (live answers: ProbeLiveTests in
/// ProxyConnect.Squid.Tests).</summary>
public class ProbeUsageTests
{
    [Theory]
    [InlineData("--proxy", "http://sensor1:s3cret@127.0.0.1:3128", "a password on the command line")]
    [InlineData("--target", "cloud.example.com", "expected HOST:PORT")]
    [InlineData("--target", "cloud.example.com:99999", "not a number from 1 to 65535")]
    [InlineData("--from", "sensor-7", "not an IPv4 or IPv6 address")]
    [InlineData("--timeout", "0", "expected a number of seconds")]
    public void A_request_that_cannot_be_made_is_exit_2_with_the_reason(string option, string value, string reason)
    {
        var args = new List<string> { "probe", "--proxy", "127.0.0.1:1", "--target", "127.0.0.1:443" };
        var at = args.IndexOf(option);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.AddRange(new[] { option, value });
        }

        var result = Tool.Run(args.ToArray());

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain(reason);
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().NotContain("s3cret");
    }

    [Fact]
    public void Password_stdin_needs_a_user()
    {
        var result = Tool.RunWithInput("pw\n", "probe", "--proxy", "127.0.0.1:1", "--target", "127.0.0.1:443", "--password-stdin");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("--password-stdin needs --user");
    }

    [Fact]
    public void A_source_address_that_is_not_local_is_exit_2()
    {
        var result = Tool.Run("probe", "--proxy", "127.0.0.1:1", "--target", "127.0.0.1:443", "--from", "192.0.2.77");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("--from 192.0.2.77: cannot send from this address");
    }
}
