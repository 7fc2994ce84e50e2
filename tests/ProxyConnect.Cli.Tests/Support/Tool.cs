using System.Text;
using ProxyConnect.Cli;
using ProxyConnect.Cli.Output;

namespace ProxyConnect.Cli.Tests.Support;

/// <summary>What one in-process run of the tool produced.</summary>
internal sealed record CliResult(int ExitCode, byte[] StdoutBytes, string Stderr)
{
    public string Stdout => Encoding.UTF8.GetString(StdoutBytes);

    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Stdout}\nstderr:\n{Stderr}";
}

/// <summary>Runs <c>proxyconnect</c> in-process through <see cref="Program.Run"/>.</summary>
internal static class Tool
{
    /// <summary>Runs with standard input on a terminal (no data): commands without CONFIG use the embedded default.</summary>
    public static CliResult Run(params string[] args) => RunAs(StdinKind.Terminal, Array.Empty<byte>(), false, args);

    /// <summary>Runs with <paramref name="stdin"/> piped in.</summary>
    public static CliResult RunWithInput(string stdin, params string[] args) => RunWithInput(Encoding.UTF8.GetBytes(stdin), args);

    public static CliResult RunWithInput(byte[] stdin, params string[] args) => RunWithInput(stdin, false, args);

    public static CliResult RunWithInput(byte[] stdin, bool stderrIsTerminal, params string[] args) => RunAs(StdinKind.Data, stdin, stderrIsTerminal, args);

    public static CliResult RunAs(StdinKind kind, byte[] stdin, bool stderrIsTerminal, params string[] args)
    {
        using var input = new MemoryStream(stdin);
        using var output = new MemoryStream();
        var error = new StringWriter { NewLine = "\n" };
        var exit = Program.Run(args, new CliIo(input, output, error, stderrIsTerminal, kind));
        return new CliResult(exit, output.ToArray(), error.ToString());
    }
}

/// <summary>A folder under the system temp folder, deleted at the end of the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("proxyconnect-cli-tests-").FullName;
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    public string Write(string name, byte[] bytes)
    {
        var path = File(name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Every file in the folder with its bytes, to prove that a failed run changed nothing. Lock files
    /// (<c>FILE.lock</c>, empty, left on purpose: deleting one would let two writers lock two different files) are
    /// not content and are left out.</summary>
    public IReadOnlyDictionary<string, byte[]> Snapshot() =>
        Directory.GetFiles(Path).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal).ToDictionary(f => System.IO.Path.GetFileName(f), System.IO.File.ReadAllBytes);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Texts the tests share.</summary>
internal static class Texts
{
    public const string Sensor1Lines = "acl sensor1 src 10.1.0.5\nhttp_access allow sensor1\n";

    /// <summary>The default with sensor1 added at the marker, built from the library (what the tool must print).</summary>
    public static string DefaultWithSensor1 =>
        ProxyConnect.Squid.SquidConfig.CreateDefault().AddSensor(new ProxyConnect.Sensors.Sensor("sensor1", "10.1.0.5")).ToString();

    /// <summary><c>NAME:LINE: RULE</c> for the first line of <paramref name="text"/> that reads <paramref name="rule"/>,
    /// as check prints the deciding rule (line numbers follow the library's default text, so they are looked up).</summary>
    public static string At(string text, string name, string rule)
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.TrimEnd('\r') == rule);
        if (index < 0)
        {
            throw new ArgumentException($"'{rule}' is not a line of the text.", nameof(rule));
        }

        return $"{name}:{index + 1}: {rule}";
    }

    /// <summary><see cref="At"/> in <see cref="DefaultWithSensor1"/> read from standard input.</summary>
    public static string InSensor1(string rule) => At(DefaultWithSensor1, "<stdin>", rule);
}
