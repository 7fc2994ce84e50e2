using System.Diagnostics;

namespace ProxyConnect.Squid.Tests.Harness;

/// <summary>Starts squid with its console (stdout and stderr) collected line by line.</summary>
internal static class SquidProcess
{
    /// <summary>Starts <paramref name="squid"/> in <paramref name="workingDirectory"/>; each console line is added to <paramref name="lines"/> (under its lock).</summary>
    public static Process Start(string squid, string workingDirectory, IEnumerable<string> arguments, List<string> lines)
    {
        var start = new ProcessStartInfo(squid)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Add(lines, e.Data);
        process.ErrorDataReceived += (_, e) => Add(lines, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void Add(List<string> lines, string? line)
    {
        if (line != null)
        {
            lock (lines)
            {
                lines.Add(line);
            }
        }
    }
}
