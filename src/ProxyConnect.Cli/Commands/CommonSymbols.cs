using System.CommandLine;
using System.CommandLine.Parsing;
using ProxyConnect.Cli.Output;

namespace ProxyConnect.Cli.Commands;

/// <summary>Arguments and options several commands share, spelled the same everywhere.</summary>
internal static class CommonSymbols
{
    public const string ConfigHelp = "The squid.conf to work on, or - for standard input. Without it: standard input when it is a pipe or a file, else ProxyConnect's embedded default config (see --default).";

    public const string VerboseName = "--verbose";

    public static Argument<string?> Config()
    {
        var argument = new Argument<string?>("CONFIG")
        {
            Description = ConfigHelp,
            Arity = ArgumentArity.ZeroOrOne,
        };
        argument.Validators.Add(RefuseOptionLikeValues);
        return argument;
    }

    /// <summary>A mistyped flag (<c>--nme</c>) would otherwise be taken for a CONFIG file name: name it instead.</summary>
    public static void RefuseOptionLikeValues(ArgumentResult result)
    {
        foreach (var token in result.Tokens)
        {
            if (ParseErrors.LooksLikeOption(token.Value))
            {
                result.AddError($"Unknown option '{token.Value}'.");
            }
        }
    }

    public static Option<bool> Default() => new("--default")
    {
        Description = "Work on ProxyConnect's embedded default config even when standard input is a pipe or a file.",
    };

    public static Option<bool> Verbose() => new(VerboseName)
    {
        Description = "On failure, print the details (exception type, inner errors, stack trace) after the one-line message.",
        Recursive = true,
    };

    public static Option<bool> InPlace() => new("--in-place")
    {
        Description = "Rewrite the file (atomically, under a lock on FILE.lock, following symlinks, keeping owner, group and mode) instead of printing the result; a one-line note goes to stderr.",
    };

    public static Option<bool> Backup() => new("--backup")
    {
        Description = "With --in-place: keep the previous file as FILE.factory the first time, FILE.<time>.bak after that.",
    };

    public static Option<bool> Diff() => new("--diff")
    {
        Description = "Print a unified diff of the change instead of the whole config.",
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print JSON instead of text.",
    };

    /// <summary>The description text with an example line for <c>--help</c>.</summary>
    public static string Describe(string what, params string[] examples) =>
        what + "\n\nExample:\n  " + string.Join("\n  ", examples);
}
