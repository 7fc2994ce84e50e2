using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using ProxyConnect.Cli.Commands;
using ProxyConnect.Cli.Output;

namespace ProxyConnect.Cli;

/// <summary>The <c>proxyconnect</c> command: a thin shell over the ProxyConnect library. Parses the arguments,
/// calls one library operation, prints, and sets the exit code (0 success, 1 the answer is no, 2 could not do it).</summary>
public static class Program
{
    /// <summary>The tool's name, in usage lines and messages (not the assembly's name).</summary>
    public const string Name = "proxyconnect";

    /// <summary>The process entry point: the only place that touches <see cref="Console"/>.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        using var stdin = Console.OpenStandardInput();
        using var stdout = Console.OpenStandardOutput();
        var stdinKind = StdinDetector.Detect();
        return Run(args, new CliIo(stdin, stdout, Console.Error, stderrIsTerminal: !Console.IsErrorRedirected, stdinKind, stdinKind == StdinKind.Terminal ? TerminalPrompt.ReadSecret : null));
    }

    /// <summary>Runs the tool in-process (tests use this); standard input counts as a terminal.</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="stdin">Standard input (read for a CONFIG of <c>-</c>).</param>
    /// <param name="stdout">Standard output: receives the result only, and nothing when the run fails.</param>
    /// <param name="stderr">Standard error: messages and warnings.</param>
    /// <param name="stderrIsTerminal">Whether to show progress on <paramref name="stderr"/>.</param>
    /// <returns>The exit code: <see cref="ExitCodes"/>.</returns>
    public static int Run(string[] args, Stream stdin, Stream stdout, TextWriter stderr, bool stderrIsTerminal = false) =>
        Run(args, new CliIo(stdin, stdout, stderr, stderrIsTerminal));

    /// <summary>Runs the tool on the given streams.</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="io">The streams and what standard input is.</param>
    /// <returns>The exit code: <see cref="ExitCodes"/>.</returns>
    public static int Run(string[] args, CliIo io)
    {
        var exitCode = ExitCodes.Failure;
        try
        {
            exitCode = Invoke(args, io);
        }
        catch (Exception ex)
        {
            io.ReportError(ErrorReport.Message(ex));
            if (args.Contains(CommonSymbols.VerboseName, StringComparer.Ordinal))
            {
                io.Error.WriteLine(ErrorReport.Details(ex));
            }
        }
        finally
        {
            io.Finish(exitCode);
        }

        return exitCode;
    }

    /// <summary>Builds the command tree: one class per command under Commands/. The root is a plain command named
    /// <see cref="Name"/> (a RootCommand takes the assembly's name, ProxyConnect.Cli, for usage lines).</summary>
    /// <param name="io">The streams the commands print to.</param>
    /// <returns>The root command.</returns>
    internal static Command BuildRoot(CliIo io) =>
        new(Name, "proxyconnect: add, remove and list network sensors in squid.conf, set sensor passwords, lint configs, and check whether a request gets through.")
        {
            new HelpOption(),
            new VersionOption(),
            CommonSymbols.Verbose(),
            AddSensorCommand.Create(io),
            RemoveSensorCommand.Create(io),
            SensorsCommand.Create(io),
            LintCommand.Create(io),
            CheckCommand.Create(io),
            PasswdCommand.Create(io),
            DefaultCommand.Create(io),
            SyncCommand.Create(io),
            ProbeCommand.Create(io),
        };

    private static int Invoke(string[] args, CliIo io)
    {
        var root = BuildRoot(io);
        var result = root.Parse(args);
        if (result.Errors.Count > 0 && result.Action is not HelpAction)
        {
            var command = result.CommandResult.Command;
            var name = command == root ? Name : $"{Name} {command.Name}";
            io.ReportError($"{ParseErrors.FirstMessage(result)} Run '{name} --help' for usage.");
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
}
