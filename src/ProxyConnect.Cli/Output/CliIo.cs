using System;
using System.IO;
using System.Text;

namespace ProxyConnect.Cli.Output;

/// <summary>The three standard streams of one run. Only <see cref="Program.Main"/> touches <see cref="Console"/>;
/// everything else writes here, so tests can run the tool in-process.</summary>
/// <remarks>Standard output is held back until the run ends and then written only when the run did not fail
/// (exit code 0 or 1): on any error, nothing reaches stdout, so a script never takes half an answer for one.</remarks>
public sealed class CliIo
{
    /// <summary>UTF-8 without a byte order mark: the encoding of everything the tool prints.</summary>
    internal static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Stream _stdout;
    private readonly MemoryStream _pending = new();

    /// <summary>Creates the streams of one run.</summary>
    /// <param name="stdin">Standard input.</param>
    /// <param name="stdout">Standard output: the result, and nothing else.</param>
    /// <param name="stderr">Standard error: messages, warnings, progress.</param>
    /// <param name="stderrIsTerminal">Whether standard error is a terminal (progress is shown only then).</param>
    /// <param name="stdinKind">What standard input is (a command without CONFIG reads it only when it is data).</param>
    /// <param name="promptSecret">Asks for a secret on the terminal without echo (passwd), or <see langword="null"/>.</param>
    public CliIo(Stream stdin, Stream stdout, TextWriter stderr, bool stderrIsTerminal, StdinKind stdinKind = StdinKind.Terminal, Func<string, string?>? promptSecret = null)
    {
        Stdin = stdin ?? throw new ArgumentNullException(nameof(stdin));
        _stdout = stdout ?? throw new ArgumentNullException(nameof(stdout));
        Error = stderr ?? throw new ArgumentNullException(nameof(stderr));
        StderrIsTerminal = stderrIsTerminal;
        StdinKind = stdinKind;
        PromptSecret = promptSecret;
        Out = new StreamWriter(_pending, Utf8NoBom, 4096, leaveOpen: true) { NewLine = "\n" };
    }

    /// <summary>Standard input.</summary>
    public Stream Stdin { get; }

    /// <summary>What standard input is.</summary>
    public StdinKind StdinKind { get; }

    /// <summary>Asks for a secret on the terminal without echo, or <see langword="null"/> when there is no terminal.</summary>
    public Func<string, string?>? PromptSecret { get; }

    /// <summary>Standard output as UTF-8 text (help, lists, JSON, findings), held back until the run succeeds.</summary>
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
        _pending.Write(bytes, 0, bytes.Length);
    }

    /// <summary>Writes <c>proxyconnect: error: MESSAGE</c> on standard error, on one line.</summary>
    /// <param name="message">What went wrong, naming the value or file at fault.</param>
    public void ReportError(string message) => Error.WriteLine($"proxyconnect: error: {OneLine(message)}");

    /// <summary>Writes <c>proxyconnect: warning: MESSAGE</c> on standard error, on one line.</summary>
    /// <param name="message">The warning.</param>
    public void ReportWarning(string message) => Error.WriteLine($"proxyconnect: warning: {OneLine(message)}");

    /// <summary>Writes <c>proxyconnect: MESSAGE</c> on standard error.</summary>
    /// <param name="message">The note.</param>
    public void ReportInfo(string message) => Error.WriteLine($"proxyconnect: {OneLine(message)}");

    /// <summary>Ends the run: standard output gets what was written unless the run failed, then both are flushed.</summary>
    /// <param name="exitCode">The run's exit code.</param>
    public void Finish(int exitCode)
    {
        Out.Flush();
        if (exitCode != ExitCodes.Failure)
        {
            _pending.Position = 0;
            _pending.CopyTo(_stdout);
        }

        _stdout.Flush();
        Error.Flush();
    }

    private static string OneLine(string message) => message.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');
}
