using System.Diagnostics;
using System.Text;

namespace ProxyConnect.Packaging.Tests.Support;

/// <summary>The result of one <c>dotnet</c> run.</summary>
public sealed record DotnetResult(string Command, int ExitCode, string Output)
{
    public override string ToString() => $"$ {Command}\n(exit {ExitCode})\n{Output}";
}

/// <summary>Runs the SDK's own <c>dotnet</c>, as a user would, with a timeout.</summary>
internal static class Dotnet
{
    public static DotnetResult Run(string workingDirectory, TimeSpan timeout, params string[] args) =>
        RunProgram("dotnet", workingDirectory, timeout, environment: null, args);

    /// <summary>Runs any program (an installed tool, or <c>dotnet</c> with extra environment variables) the same way:
    /// output and errors interleaved, a timeout, and the test host's MSBuild settings left out.</summary>
    public static DotnetResult RunProgram(string fileName, string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // What the test host's own MSBuild set must not steer the child build.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDTERMINALLOGGER"] = "off";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var output = new StringBuilder();
        var done = new CountdownEvent(2);
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var command = fileName + " " + string.Join(" ", args);
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{command}' did not finish within {timeout}. Output so far:\n{Snapshot()}");
        }

        // A build server started by the child may hold the pipes open; do not wait for it.
        done.Wait(TimeSpan.FromSeconds(10));
        return new DotnetResult(command, process.ExitCode, Snapshot());

        void Append(string? line)
        {
            if (line is null)
            {
                done.Signal();
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
            }
        }

        string Snapshot()
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }
}
