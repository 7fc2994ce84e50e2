using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace ProxyConnect.Cli.Reload;

/// <summary>What a finished child process said.</summary>
/// <param name="ExitCode">Its exit code (-1 when it could not start or was killed after the timeout).</param>
/// <param name="Output">Standard output and standard error, interleaved as they arrived.</param>
internal sealed record ProcessOutcome(int ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>The last lines of the output, for a message.</summary>
    public string Tail(int lines = 15)
    {
        var all = Output.Split(new[] { '\n' }, StringSplitOptions.RemoveEmptyEntries);
        var shown = all.Length <= lines ? all : all[^lines..];
        return string.Join("\n", shown).TrimEnd();
    }
}

/// <summary>Runs squid, systemctl or the operator's reload command and waits for it, with a bound.</summary>
internal static class ProcessRunner
{
    /// <summary>How long a validation or reload may take: <c>squid -k parse</c> of a 20,000-sensor config takes about
    /// 3.5 s on Squid 5.7, so this is generous.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    public static ProcessOutcome Run(string program, IEnumerable<string> arguments, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        try
        {
            process.Start();
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception || ex is InvalidOperationException)
        {
            return new ProcessOutcome(-1, $"cannot run '{program}': {ex.Message}");
        }

        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit((int)Timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Append(output, $"(stopped after {Timeout.TotalSeconds:0} s)");
            return new ProcessOutcome(-1, Read(output));
        }

        process.WaitForExit(); // drains the asynchronous readers
        return new ProcessOutcome(process.ExitCode, Read(output));
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line != null)
        {
            lock (output)
            {
                output.Append(line).Append('\n');
            }
        }
    }

    private static string Read(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
