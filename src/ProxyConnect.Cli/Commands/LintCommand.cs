using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using ProxyConnect.Analysis;
using ProxyConnect.Analysis.Formatting;
using ProxyConnect.Cli.Lint;
using ProxyConnect.Cli.Output;
using ProxyConnect.Squid;

namespace ProxyConnect.Cli.Commands;

/// <summary><c>proxyconnect lint [CONFIG]... [--format text|json|msbuild|sarif|github] [--squid-version VERSION]</c></summary>
internal static class LintCommand
{
    /// <summary>The name the command is called by.</summary>
    public const string Name = "lint";

    public const string Text = "text";
    public const string Json = "json";
    public const string MsBuild = "msbuild";
    public const string Sarif = "sarif";
    public const string GitHub = "github";

    public static Command Create(CliIo io)
    {
        var configs = new Argument<string[]>("CONFIG")
        {
            Description = "squid.conf files to lint (include lines are followed), or - for standard input. Without any: standard input when it is a pipe or a file, else the embedded default config (see --default).",
            Arity = ArgumentArity.ZeroOrMore,
            // The tokens as they are. System.CommandLine's own conversion makes the array through reflection
            // (Array.CreateInstance), measurable in the native tool's start-up.
            CustomParser = static result =>
            {
                var values = new string[result.Tokens.Count];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = result.Tokens[i].Value;
                }

                return values;
            },
        };
        configs.Validators.Add(CommonSymbols.RefuseOptionLikeValues);
        var useDefault = CommonSymbols.Default();
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (file:line:col: severity ID: message, then a count), json (one object, schema in docs/schemas/lint.schema.json), msbuild (file(line,col): severity ID: message), sarif (SARIF 2.1.0 for code scanning, paths relative to the current folder) or github (GitHub Actions annotations).",
            HelpName = $"{Text}|{Json}|{MsBuild}|{Sarif}|{GitHub}",
            DefaultValueFactory = _ => Text,
        };
        format.AcceptOnlyFromAmong(Text, Json, MsBuild, Sarif, GitHub);
        var json = CommonSymbols.Json();
        var squidVersion = SquidVersionOption.Create();

        var command = new Command(
            Name,
            CommonSymbols.Describe(
                "Lint squid.conf files. Exit code 1 when any finding is an error (Squid would refuse the config), 2 when a file cannot be read.",
                "proxyconnect lint /etc/squid/squid.conf --format msbuild",
                "proxyconnect lint /etc/squid/squid.conf --squid-version auto"))
        {
            configs, format, json, squidVersion, useDefault,
        };
        var policy = LintPolicy.AddTo(command);
        command.SetAction(result => Run(
            io,
            Inputs(io, result.GetValue(configs) ?? System.Array.Empty<string>(), result.GetValue(useDefault)),
            FormatOf(result, format, json),
            SquidVersionOption.Resolve(io, result.GetValue(squidVersion)),
            policy(result)));
        return command;
    }

    /// <summary><c>--json</c> is the same as <c>--format json</c> (every command that prints JSON takes <c>--json</c>).</summary>
    private static string FormatOf(ParseResult result, Option<string> format, Option<bool> json)
    {
        if (!result.GetValue(json))
        {
            return result.GetRequiredValue(format);
        }

        var explicitFormat = result.GetResult(format) is { Implicit: false };
        if (explicitFormat && result.GetValue(format) != Json)
        {
            throw new UsageException($"--json and --format {result.GetValue(format)} ask for two formats; give one of them.");
        }

        return Json;
    }

    private static int Run(CliIo io, string[] configs, string format, ChosenTarget chosen, LintPolicy policy)
    {
        if (configs.Count(c => c == ConfigInput.StdinArgument) > 1)
        {
            throw new UsageException("Standard input (-) can be linted only once per run; it was given more than once.");
        }

        var findings = new List<LintFinding>();
        var unreadable = false;
        var progress = io.StderrIsTerminal && configs.Length > 1;
        if (configs.Length == 0)
        {
            findings.AddRange(ConfigInput.Open(null, io, chosen.Target).Config.Lint(chosen.Target));
        }

        for (var i = 0; i < configs.Length; i++)
        {
            var config = configs[i];
            if (progress)
            {
                io.Error.Write($"\rproxyconnect: linting {i + 1}/{configs.Length}: {config}\u001b[K");
            }

            try
            {
                findings.AddRange(config == ConfigInput.StdinArgument
                    ? Named(ConfigInput.Open(config, io, chosen.Target).Config.Lint(chosen.Target), ConfigInput.StdinName)
                    : LintFile(config, chosen.Target));
            }
            catch (IOException ex)
            {
                ClearProgress(io, progress);
                io.ReportError(ex.Message);
                unreadable = true;
            }
            catch (System.UnauthorizedAccessException ex)
            {
                ClearProgress(io, progress);
                io.ReportError(ex.Message);
                unreadable = true;
            }
        }

        ClearProgress(io, progress);
        var reported = policy.Apply(findings);
        var text = format switch
        {
            Json => LintTargetOutput.AddToJson(LintFormatter.ToJson(reported), chosen) + "\n",
            MsBuild => LintFormatter.ToMsBuild(reported),
            Sarif => LintFormatter.ToSarif(reported, Directory.GetCurrentDirectory()) + "\n",
            GitHub => LintFormatter.ToGitHubAnnotations(reported, Directory.GetCurrentDirectory()),
            _ => LintTargetOutput.AddToSummary(LintFormatter.ToText(reported), chosen),
        };
        io.Out.Write(text);

        if (unreadable)
        {
            return ExitCodes.Failure;
        }

        if (!policy.Fails(reported, out var why))
        {
            return ExitCodes.Success;
        }

        if (why != null)
        {
            io.ReportError(why);
        }

        return ExitCodes.No;
    }

    /// <summary>The files to lint: as given; none given means standard input when it carries data (no names = the
    /// embedded default).</summary>
    private static string[] Inputs(CliIo io, string[] configs, bool useDefault)
    {
        if (configs.Length > 0)
        {
            return useDefault ? throw new UsageException("--default and CONFIG files both say which config to lint; give one of them.") : configs;
        }

        return ConfigInput.Resolve(null, io, useDefault) is { } stdin ? new[] { stdin } : configs;
    }

    private static IReadOnlyList<LintFinding> LintFile(string path, Squid.Knowledge.SquidTarget target)
    {
        if (Directory.Exists(path))
        {
            throw new IOException($"Cannot read squid config '{path}': it is a directory, expected a squid.conf file.");
        }

        return SquidConfig.LintFile(path, target);
    }

    /// <summary>Findings of text without a file name, shown as <c>&lt;default&gt;</c> or <c>&lt;stdin&gt;</c>.</summary>
    private static IEnumerable<LintFinding> Named(IEnumerable<LintFinding> findings, string name) =>
        findings.Select(f => f.Location.FilePath is null ? f with { Location = f.Location with { FilePath = name } } : f);

    private static void ClearProgress(CliIo io, bool progress)
    {
        if (progress)
        {
            io.Error.Write("\r\u001b[K");
        }
    }
}
