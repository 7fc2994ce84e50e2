using System.Text;
using ProxyConnect.Cli;

namespace ProxyConnect.Squid.Tests.Harness;

/// <summary>What one in-process run of <c>proxyconnect</c> printed.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Stdout">Standard output (UTF-8).</param>
/// <param name="Stderr">Standard error.</param>
public sealed record ToolRun(int ExitCode, string Stdout, string Stderr)
{
    /// <inheritdoc/>
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Stdout}\nstderr:\n{Stderr}";
}

/// <summary>Runs the command-line tool in this process through <c>Program.Run</c>.</summary>
public static class InProcessTool
{
    /// <summary>Runs <c>proxyconnect ARGS</c> with <paramref name="stdin"/> on standard input.</summary>
    /// <param name="stdin">Standard input text (UTF-8).</param>
    /// <param name="args">The command line.</param>
    /// <returns>What it printed.</returns>
    public static ToolRun Run(string stdin, params string[] args)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(stdin));
        using var output = new MemoryStream();
        var error = new StringWriter { NewLine = "\n" };
        var exit = Program.Run(args, input, output, error);
        return new ToolRun(exit, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }
}
