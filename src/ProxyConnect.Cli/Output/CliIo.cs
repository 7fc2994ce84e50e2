using System;
using System.IO;
using System.Text;

namespace ProxyConnect.Cli.Output;

/// <summary>The three standard streams of one run. Only <see cref="Program.Main"/> touches <see cref="Console"/>;
/// everything else writes here, so tests can run the tool in-process.</summary>
public sealed class CliIo
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Stream _stdout;

    /// <summary>Creates the streams of one run.</summary>
    /// <param name="stdin">Standard input (read only for a CONFIG of <c>-</c>).</param>
    /// <param name="stdout">Standard output: the result, and nothing else.</param>
    /// <param name="stderr">Standard error: messages, warnings, progress.</param>
    /// <param name="stderrIsTerminal">Whether standard error is a terminal (progress is shown only then).</param>
    public CliIo(Stream stdin, Stream stdout, TextWriter stderr, bool stderrIsTerminal)
    {
        Stdin = stdin ?? throw new ArgumentNullException(nameof(stdin));
        _stdout = stdout ?? throw new ArgumentNullException(nameof(stdout));
        Error = stderr ?? throw new ArgumentNullException(nameof(stderr));
        StderrIsTerminal = stderrIsTerminal;
        Out = new StreamWriter(stdout, Utf8NoBom, 4096, leaveOpen: true) { NewLine = "\n" };
    }

    /// <summary>Standard input.</summary>
    public Stream Stdin { get; }

    /// <summary>Standard output as UTF-8 text (help, lists, JSON, findings).</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; }

    /// <summary>Whether standard error is a terminal.</summary>
    public bool StderrIsTerminal { get; }

    /// <summary>Writes exact bytes to standard output (a config in its own encoding), after any pending text.</summary>
    /// <param name="bytes">The bytes.</param>
    public void WriteBytes(byte[] bytes)
    {
        Out.Flush();
        _stdout.Write(bytes, 0, bytes.Length);
    }

    /// <summary>Writes <c>proxyconnect: error: MESSAGE</c> on standard error.</summary>
    /// <param name="message">What went wrong, naming the value or file at fault.</param>
    public void ReportError(string message) => Error.WriteLine($"proxyconnect: error: {message}");

    /// <summary>Writes <c>proxyconnect: warning: MESSAGE</c> on standard error.</summary>
    /// <param name="message">The warning.</param>
    public void ReportWarning(string message) => Error.WriteLine($"proxyconnect: warning: {message}");

    /// <summary>Writes <c>proxyconnect: MESSAGE</c> on standard error.</summary>
    /// <param name="message">The note.</param>
    public void ReportInfo(string message) => Error.WriteLine($"proxyconnect: {message}");

    /// <summary>Flushes both writers (end of a run).</summary>
    public void Flush()
    {
        Out.Flush();
        _stdout.Flush();
        Error.Flush();
    }
}
