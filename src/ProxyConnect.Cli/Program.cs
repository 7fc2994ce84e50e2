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
        // Standard error is UTF-8 like standard output, written through at once (as Console.Error is); opening the
        // stream rather than Console.Error spares every run the discovery of the terminal's encoding.
        using var stderr = new StreamWriter(Console.OpenStandardError(), CliIo.Utf8NoBom) { AutoFlush = true };
        var stdinKind = StdinDetector.Detect();
        return Run(args, new CliIo(stdin, stdout, stderr, stderrIsTerminal: !Console.IsErrorRedirected, stdinKind, stdinKind == StdinKind.Terminal ? TerminalPrompt.ReadSecret : null));
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

    private const string Description =
        "proxyconnect: add, remove and list network sensors in squid.conf, set sensor passwords, lint configs, and check whether a request gets through.";

    /// <summary>Every command, by the name it is called with (each class's Create names its command with the same
    /// constant).</summary>
    internal static readonly (string Name, Func<CliIo, Command> Create)[] Commands =
    {
        (AddSensorCommand.Name, AddSensorCommand.Create),
        (RemoveSensorCommand.Name, RemoveSensorCommand.Create),
        (SensorsCommand.Name, SensorsCommand.Create),
        (LintCommand.Name, LintCommand.Create),
        (CheckCommand.Name, CheckCommand.Create),
        (PasswdCommand.Name, PasswdCommand.Create),
        (DefaultCommand.Name, DefaultCommand.Create),
        (SyncCommand.Name, SyncCommand.Create),
        (ProbeCommand.Name, ProbeCommand.Create),
    };

    /// <summary>The tokens that ask for help or the version, or that start a completion directive; a command line
    /// holding one gets the whole command tree.</summary>
    private static readonly string[] WholeTreeTokens = { "--help", "-h", "/h", "-?", "/?", "--version" };

    /// <summary>Builds the whole command tree: one class per command under Commands/. The root is a plain command
    /// named <see cref="Name"/> (a RootCommand takes the assembly's name, ProxyConnect.Cli, for usage lines).</summary>
    /// <param name="io">The streams the commands print to.</param>
    /// <returns>The root command.</returns>
    internal static Command BuildRoot(CliIo io) => BuildRoot(io, null);

    /// <summary>Builds the command tree for <paramref name="args"/>: when they start with a command's name and ask for
    /// neither help nor the version, only that command (and the root's --verbose). A native process pays for every
    /// object it creates at start-up, and building all nine commands with the help and version options (whose texts
    /// come through a resource lookup) was about a twentieth of a stock-config lint; what the command line can reach
    /// parses and behaves the same either way.</summary>
    /// <param name="io">The streams the commands print to.</param>
    /// <param name="args">The command line, or <see langword="null"/> for the whole tree.</param>
    /// <returns>The root command.</returns>
    internal static Command BuildRoot(CliIo io, string[]? args)
    {
        var root = new Command(Name, Description);
        var only = args is null ? null : OnlyCommand(args);
        if (only is not null)
        {
            root.Add(CommonSymbols.Verbose());
            root.Add(only(io));
            return root;
        }

        root.Add(new HelpOption());
        root.Add(new VersionOption());
        root.Add(CommonSymbols.Verbose());
        foreach (var (_, create) in Commands)
        {
            root.Add(create(io));
        }

        return root;
    }

    /// <summary>Whether a token asks for help or the version, or starts a directive (a loop: this runs first in every
    /// process, where LINQ and the generic comparer cost the native tool more than the comparison).</summary>
    private static bool AsksForWholeTree(string[] args)
    {
        foreach (var arg in args)
        {
            if (arg.StartsWith("[", StringComparison.Ordinal))
            {
                return true;
            }

            foreach (var token in WholeTreeTokens)
            {
                if (string.Equals(arg, token, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static Func<CliIo, Command>? OnlyCommand(string[] args)
    {
        if (args.Length == 0 || AsksForWholeTree(args))
        {
            return null;
        }

        foreach (var (name, create) in Commands)
        {
            if (string.Equals(name, args[0], StringComparison.Ordinal))
            {
                return create;
            }
        }

        return null;
    }

    private static int Invoke(string[] args, CliIo io)
    {
        var root = BuildRoot(io, args);
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
