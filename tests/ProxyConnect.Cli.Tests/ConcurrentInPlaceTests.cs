using System.Diagnostics;
using ProxyConnect.Cli.Tests.Support;
using ProxyConnect.Squid;

namespace ProxyConnect.Cli.Tests;

/// <summary>Issue 17, point 3: many `--in-place` runs at once on one file, from separate processes. Every edit is in
/// the file, or its process exited non-zero saying why (none was lost while printing "wrote").</summary>
public class ConcurrentInPlaceTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const int Processes = 24;

    [Fact]
    public void Every_concurrent_in_place_edit_lands_or_fails_loudly()
    {
        using var temp = new TempFolder();
        var path = temp.Write("squid.conf", SquidConfig.DefaultText);
        var dll = typeof(Program).Assembly.Location;

        var runs = Enumerable.Range(1, Processes).Select(i => Start(dll, temp.Path, "add-sensor", path, "--name", $"s{i}", "--ip", $"10.9.0.{i}", "--in-place")).ToList();
        var results = runs.Select(Finish).ToList();

        var sensors = SquidConfig.Load(path).Sensors.Select(s => s.Name).ToHashSet();
        for (var i = 1; i <= Processes; i++)
        {
            var (exit, stderr) = results[i - 1];
            if (exit == 0)
            {
                sensors.Should().Contain($"s{i}", $"process {i} said: {stderr}");
                stderr.Should().Be($"proxyconnect: wrote {path}\n");
            }
            else
            {
                exit.Should().Be(2);
                stderr.Should().StartWith("proxyconnect: error: ").And.Contain(path);
            }
        }

        // How many succeed depends on the machine (a writer gives up after waiting 60 s for the lock), so only the
        // invariant is asserted; the counts are printed for the record.
        output.WriteLine($"{results.Count(r => r.ExitCode == 0)} of {Processes} edits written; others: {string.Join(" | ", results.Where(r => r.ExitCode != 0).Select(r => r.Stderr.Trim()))}");
        results.Should().Contain(r => r.ExitCode == 0);
        SquidConfig.Load(path).Lint().Where(f => f.Severity == Severity.Error).Should().BeEmpty();
    }

    private static Process Start(string dll, string folder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardError = true, RedirectStandardOutput = true, RedirectStandardInput = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var process = Process.Start(start)!;
        process.StandardInput.Close();
        return process;
    }

    private static (int ExitCode, string Stderr) Finish(Process process)
    {
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("an add-sensor process did not finish within 5 minutes");
            }

            process.WaitForExit();
            return (process.ExitCode, stderr.Result);
        }
    }
}
