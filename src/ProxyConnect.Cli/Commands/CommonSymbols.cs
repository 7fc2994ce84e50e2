using System.CommandLine;

namespace ProxyConnect.Cli.Commands;

/// <summary>Arguments and options several commands share, spelled the same everywhere.</summary>
internal static class CommonSymbols
{
    public const string ConfigHelp = "The squid.conf to work on, or - for standard input. Without it: ProxyConnect's embedded default config.";

    public static Argument<string?> Config() => new("CONFIG")
    {
        Description = ConfigHelp,
        Arity = ArgumentArity.ZeroOrOne,
    };

    public static Option<bool> InPlace() => new("--in-place")
    {
        Description = "Rewrite the file (atomically) instead of printing the result; a one-line note goes to stderr.",
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
