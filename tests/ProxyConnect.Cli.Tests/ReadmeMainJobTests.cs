using ApprovalTests;
using ProxyConnect.Cli.Tests.Support;
using ProxyConnect.Tests.Shared;

namespace ProxyConnect.Cli.Tests;

public class ReadmeMainJobTests
{
    private const string MainJob = "dotnet run --project src/ProxyConnect.Cli -- add-sensor --name sensor1 --ip 10.1.0.5";

    [Fact]
    public void The_main_job_command_of_the_readme_prints_the_default_with_sensor1()
    {
        File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).Should().Contain(MainJob, "the test runs the command exactly as the README gives it");
        var words = MainJob.Split(' ');

        // As typed in a terminal: standard input carries no config (here /dev/null, which counts the same).
        var (exit, stdout, stderr) = Processes.Run("bash", RepoPaths.Root, TimeSpan.FromMinutes(8), null, ["-c", "exec \"$@\" < /dev/null", "bash", .. words]);

        exit.Should().Be(0, stderr);
        stdout.Should().Be(Texts.DefaultWithSensor1);
        Approvals.Verify(stdout);
    }
}
