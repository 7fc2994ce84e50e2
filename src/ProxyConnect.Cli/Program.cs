using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using ProxyConnect.Cli.Commands;
using ProxyConnect.Cli.Output;

namespace ProxyConnect.Cli;

/// <summary>The <c>proxyconnect</c> command: a thin shell over the ProxyConnect library. Parses the arguments,
/// calls one library operation, prints, and sets the exit code (0 success, 1 the answer is no, 2 could not do it).</summary>
public static class Program
{
    /// <summary>The process entry point: the only place that touches <see cref="Console"/>.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        using var stdin = Console.OpenStandardInput();
        using var stdout = Console.OpenStandardOutput();
        return Run(args, stdin, stdout, Console.Error, stderrIsTerminal: !Console.IsErrorRedirected);
    }

    /// <summary>Runs the tool in-process (tests use this).</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="stdin">Standard input (read for a CONFIG of <c>-</c>).</param>
    /// <param name="stdout">Standard output: receives the result only.</param>
    /// <param name="stderr">Standard error: messages and warnings.</param>
    /// <param name="stderrIsTerminal">Whether to show progress on <paramref name="stderr"/>.</param>
    /// <returns>The exit code: <see cref="ExitCodes"/>.</returns>
    public static int Run(string[] args, Stream stdin, Stream stdout, TextWriter stderr, bool stderrIsTerminal = false)
    {
        var io = new CliIo(stdin, stdout, stderr, stderrIsTerminal);
        try
        {
            return Invoke(args, io);
        }
        catch (UsageException ex)
        {
            io.ReportError(ex.Message);
            return ExitCodes.Failure;
        }
        catch (ArgumentException ex)
        {
            io.ReportError(MessageOf(ex));
            return ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is InvalidOperationException || ex is IOException || ex is UnauthorizedAccessException)
        {
            io.ReportError(ex.Message);
            return ExitCodes.Failure;
        }
        finally
        {
            io.Flush();
        }
    }

    /// <summary>Builds the command tree: one class per command under Commands/.</summary>
    /// <param name="io">The streams the commands print to.</param>
    /// <returns>The root command.</returns>
    internal static RootCommand BuildRoot(CliIo io) =>
        new("proxyconnect: add, remove and list network sensors in squid.conf, lint configs, and check whether a request gets through.")
        {
            AddSensorCommand.Create(io),
            RemoveSensorCommand.Create(io),
            SensorsCommand.Create(io),
            LintCommand.Create(io),
            CheckCommand.Create(io),
            DefaultCommand.Create(io),
            SyncCommand.Create(io),
            ProbeCommand.Create(io),
        };

    private static int Invoke(string[] args, CliIo io)
    {
        var root = BuildRoot(io);
        var result = root.Parse(args);
        if (result.Errors.Count > 0 && result.Action is ParseErrorAction)
        {
            foreach (var error in result.Errors)
            {
                io.ReportError(ParseErrorMessage(error));
            }

            var command = result.CommandResult.Command;
            var name = command is RootCommand ? "proxyconnect" : $"proxyconnect {command.Name}";
            io.Error.WriteLine($"Run '{name} --help' for usage.");
            return ExitCodes.Failure;
        }

        var configuration = new InvocationConfiguration
        {
            Output = io.Out,
            Error = io.Error,
            EnableDefaultExceptionHandler = false,
        };
        return result.Invoke(configuration);
    }

    /// <summary>A parse error on one line, naming the option when System.CommandLine's message does not.</summary>
    private static string ParseErrorMessage(System.CommandLine.Parsing.ParseError error)
    {
        var lines = error.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var message = lines.Length > 1 && lines[0].EndsWith(':') ? lines[0] + " " + string.Join(", ", lines[1..]) : string.Join(" ", lines);
        return error.SymbolResult is System.CommandLine.Parsing.OptionResult option && !message.Contains(option.Option.Name, StringComparison.Ordinal)
            ? $"{option.Option.Name}: {message}"
            : message;
    }

    /// <summary>An argument exception's message without .NET's "(Parameter 'x')" suffix.</summary>
    private static string MessageOf(ArgumentException ex)
    {
        var message = ex.Message;
        var suffix = $" (Parameter '{ex.ParamName}')";
        return ex.ParamName != null && message.EndsWith(suffix, StringComparison.Ordinal) ? message.Substring(0, message.Length - suffix.Length) : message;
    }
}
