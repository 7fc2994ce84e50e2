using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;

namespace ProxyConnect.Cli.Output;

/// <summary>Turns System.CommandLine's parse errors into the one message the tool prints: an unknown option first
/// (named, with the closest real option), then whatever else is wrong.</summary>
internal static class ParseErrors
{
    public static string FirstMessage(ParseResult result)
    {
        var command = result.CommandResult.Command;
        var unknown = result.UnmatchedTokens.FirstOrDefault(LooksLikeOption)
            ?? result.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).Select(t => t.Value).FirstOrDefault(LooksLikeOption);
        if (unknown != null)
        {
            return UnknownOption(command, unknown);
        }

        // An unknown word says more than what is missing because of it ("Required command was not provided").
        var first = result.Errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal)) ?? result.Errors[0];
        return OneLine(first);
    }

    /// <summary>A token that starts with '-' and is not '-' alone (standard input) nor a negative number.</summary>
    public static bool LooksLikeOption(string token) =>
        token.Length > 1 && token[0] == '-' && !char.IsDigit(token[1]);

    private static string UnknownOption(Command command, string token)
    {
        var names = command.Options.SelectMany(o => new[] { o.Name }.Concat(o.Aliases)).Where(n => n.StartsWith("--", StringComparison.Ordinal)).Distinct().ToList();
        var closest = names.Select(n => (Name: n, Distance: Distance(n, token))).OrderBy(x => x.Distance).FirstOrDefault();
        var hint = closest.Name != null && closest.Distance <= Math.Max(2, token.Length / 3) ? $" Did you mean '{closest.Name}'?" : string.Empty;
        return $"Unknown option '{token}'.{hint}";
    }

    /// <summary>A parse error on one line, naming the option when System.CommandLine's message does not.</summary>
    private static string OneLine(ParseError error)
    {
        var lines = error.Message.Split(new[] { '\n' }, StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()).ToArray();
        var message = lines.Length > 1 && lines[0].EndsWith(':') ? lines[0] + " " + string.Join(", ", lines.Skip(1)) : string.Join(" ", lines);
        return error.SymbolResult is OptionResult option && !message.Contains(option.Option.Name, StringComparison.Ordinal)
            ? $"{option.Option.Name}: {message}"
            : message;
    }

    /// <summary>Levenshtein distance, for the "did you mean" hint.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
