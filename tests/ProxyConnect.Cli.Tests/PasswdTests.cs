using ProxyConnect.Cli.Output;
using ProxyConnect.Cli.Tests.Support;
using ProxyConnect.Squid.Auth;

namespace ProxyConnect.Cli.Tests;

/// <summary>Issue 17: proxyconnect passwd takes the password from standard input or a prompt, never from argv.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class PasswdTests
{
    [Fact]
    public void A_piped_password_is_hashed_into_a_new_file_that_others_cannot_read()
    {
        using var temp = new TempFolder();
        var path = temp.File("passwords");

        var result = Tool.RunWithInput("s3cret pass\n", "passwd", path, "--user", "sensor1");

        result.ExitCode.Should().Be(0, result.ToString());
        result.StdoutBytes.Should().BeEmpty();
        result.Stderr.Should().Contain(path).And.Contain("sensor1").And.NotContain("s3cret");
        PasswordFile.Load(path).Verify("sensor1", "s3cret pass").Should().BeTrue();
        File.GetUnixFileMode(path).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
    }

    [Fact]
    public void Changing_a_password_keeps_the_other_users()
    {
        using var temp = new TempFolder();
        var path = temp.File("passwords");
        Tool.RunWithInput("one\n", "passwd", path, "--user", "a").ExitCode.Should().Be(0);

        Tool.RunWithInput("two\n", "passwd", path, "--user", "b").ExitCode.Should().Be(0);

        PasswordFile.Load(path).Users.Should().Equal("a", "b");
    }

    [Fact]
    public void There_is_no_way_to_pass_the_password_on_the_command_line()
    {
        using var temp = new TempFolder();

        var result = Tool.RunWithInput("x\n", "passwd", temp.File("passwords"), "--user", "a", "--password", "x");

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("Unknown option '--password'");
        File.Exists(temp.File("passwords")).Should().BeFalse();
    }

    [Fact]
    public void Without_a_pipe_or_a_terminal_it_refuses()
    {
        using var temp = new TempFolder();

        var result = Tool.RunAs(StdinKind.Device, Array.Empty<byte>(), false, "passwd", temp.File("passwords"), "--user", "a");

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("No password");
    }

    [Fact]
    public void On_a_terminal_it_prompts_twice_without_echo()
    {
        using var temp = new TempFolder();
        var path = temp.File("passwords");
        var prompts = new List<string>();
        using var output = new MemoryStream();
        var error = new StringWriter();
        var io = new CliIo(new MemoryStream(), output, error, false, StdinKind.Terminal, p => { prompts.Add(p); return "typed"; });

        var exit = ProxyConnect.Cli.Program.Run(new[] { "passwd", path, "--user", "a" }, io);

        exit.Should().Be(0, error.ToString());
        prompts.Should().HaveCount(2);
        PasswordFile.Load(path).Verify("a", "typed").Should().BeTrue();
    }
}
