using FsCheck;
using FsCheck.Xunit;
using ProxyConnect.Squid.Syntax;

namespace ProxyConnect.Tests.Syntax;

/// <summary>The hand-written fast path must give exactly what the Sprache grammar gives.</summary>
public class FastPathProperties
{
    private static readonly string[] Pieces = { "acl", "a", " ", "  ", "\t", "#", "# c", "x#y", "10.0.0.1", "!", "\"", "'q'", "\\", "é", "\0", "-i", "parameters(\"/f\")" };

    /// <summary>Pieces where quotes group blanks, half of the time.</summary>
    private static readonly string[] QuotingPieces = { "include", "a", " ", "\t", "#", "\"a b\"", "'c d'", "\"e\\\" f\"", "/etc/*.conf", "\"" };

    [Property(MaxTest = 2000)]
    public bool Blank_splitter_equals_the_grammar(NonNegativeInt seed, bool allowComment)
    {
        var random = new Random(seed.Get);
        var line = string.Concat(Enumerable.Range(0, random.Next(0, 14)).Select(_ => Pieces[random.Next(Pieces.Length)]));
        var fast = BlankSplitter.Split(line, allowComment);
        var grammar = DirectiveGrammar.ParseWithGrammar(line, allowComment, quotes: false);
        return fast.Select(Describe).SequenceEqual(grammar.Select(Describe));
    }

    [Property(MaxTest = 300)]
    public bool Blank_splitter_equals_the_grammar_on_any_string(string? line, bool allowComment)
    {
        line = (line ?? string.Empty).Replace("\n", string.Empty).Replace("\r", string.Empty);
        return BlankSplitter.Split(line, allowComment).Select(Describe)
            .SequenceEqual(DirectiveGrammar.ParseWithGrammar(line, allowComment, quotes: false).Select(Describe));
    }

    /// <summary>With quoted values on, a line without a quote character takes the fast path: it must split as the
    /// quoting grammar does, and a line with one still goes to the grammar.</summary>
    [Property(MaxTest = 2000)]
    public bool Tokenize_with_quotes_equals_the_quoting_grammar(NonNegativeInt seed, bool allowComment)
    {
        var random = new Random(seed.Get);
        var pieces = random.Next(2) == 0 ? Pieces : QuotingPieces;
        var line = string.Concat(Enumerable.Range(0, random.Next(0, 14)).Select(_ => pieces[random.Next(pieces.Length)]));
        return DirectiveGrammar.Tokenize(line, allowComment, quotes: true).Select(Describe)
            .SequenceEqual(DirectiveGrammar.ParseWithGrammar(line, allowComment, quotes: true).Select(Describe));
    }

    private static string Describe(DirectiveGrammar.Item item) => $"{item.Leading}|{item.Text}|{item.Offset}|{item.IsComment}";
}
