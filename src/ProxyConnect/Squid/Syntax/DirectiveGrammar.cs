using System.Collections.Generic;
using System.Linq;
using Sprache;

namespace ProxyConnect.Squid.Syntax;

/// <summary>The Sprache grammar of one logical line (after continuation joints are removed).</summary>
/// <remarks>
/// Squid splits parameters on blanks; a token that starts with <c>#</c> ends the line (an inline comment), except
/// for directives that read their value to the end of the line. With
/// <c>configuration_includes_quoted_values on</c>, a quoted string (with backslash escapes) is one token even
/// when it holds blanks. Every character of the input lands in a token, in leading whitespace or in the trailing
/// blanks, so the grammar cannot fail: odd text is kept, and judged later by lint.
/// </remarks>
internal static class DirectiveGrammar
{
    private static readonly Parser<string> Blanks = Parse.Chars(' ', '\t').AtLeastOnce().Text();

    private static readonly Parser<string> BareWord = Parse.CharExcept(" \t").AtLeastOnce().Text();

    private static readonly Parser<string> InlineComment =
        from hash in Parse.Char('#')
        from rest in Parse.AnyChar.Many().Text()
        select "#" + rest;

    private static readonly Parser<string> QuotedString =
        from open in Parse.Chars('"', '\'')
        from body in Parse.Char('\\').Then(_ => Parse.AnyChar).Select(c => "\\" + c)
            .Or(Parse.CharExcept(open).Select(c => c.ToString()))
            .Many()
        from close in Parse.Char(open)
        from tail in Parse.CharExcept(" \t").Many().Text()
        select open + string.Concat(body) + close + tail;

    private static readonly Parser<IEnumerable<Item>> WithComments = Line(allowComment: true, quotes: false);
    private static readonly Parser<IEnumerable<Item>> WithCommentsAndQuotes = Line(allowComment: true, quotes: true);
    private static readonly Parser<IEnumerable<Item>> NoComments = Line(allowComment: false, quotes: false);
    private static readonly Parser<IEnumerable<Item>> NoCommentsWithQuotes = Line(allowComment: false, quotes: true);

    /// <summary>One token of the logical line.</summary>
    internal readonly struct Item
    {
        public Item(string leading, string text, int offset, bool isComment)
        {
            Leading = leading;
            Text = text;
            Offset = offset;
            IsComment = isComment;
        }

        public string Leading { get; }

        public string Text { get; }

        /// <summary>Offset of <see cref="Text"/> in the logical line.</summary>
        public int Offset { get; }

        public bool IsComment { get; }
    }

    /// <summary>Splits a logical line into tokens (the first is the directive name).</summary>
    /// <param name="logical">The joined line, without indentation.</param>
    /// <param name="allowComment">Whether a token starting with <c>#</c> starts an inline comment.</param>
    /// <param name="quotes">Whether quoted strings group blanks (quoted values on, or <c>include</c>).</param>
    public static IReadOnlyList<Item> Tokenize(string logical, bool allowComment, bool quotes)
    {
        var parser = (allowComment, quotes) switch
        {
            (true, false) => WithComments,
            (true, true) => WithCommentsAndQuotes,
            (false, false) => NoComments,
            _ => NoCommentsWithQuotes,
        };
        var result = parser.TryParse(logical);
        return result.WasSuccessful ? result.Value.ToList() : new List<Item>();
    }

    private static Parser<IEnumerable<Item>> Line(bool allowComment, bool quotes)
    {
        var word = quotes ? QuotedString.Or(BareWord) : BareWord;
        var element = allowComment
            ? InlineComment.Span().Select(s => (s, comment: true)).Or(word.Span().Select(s => (s, comment: false)))
            : word.Span().Select(s => (s, comment: false));

        // The directive name can never be a comment: comment lines are trivia.
        var first =
            from name in word.Span()
            select new Item(string.Empty, name.Value, name.Start.Pos, isComment: false);
        var next =
            from leading in Blanks
            from el in element
            select new Item(leading, el.s.Value, el.s.Start.Pos, el.comment);
        var line =
            from head in first
            from tail in next.Many()
            from trailing in Blanks.Optional()
            select new[] { head }.Concat(tail);
        return line.End();
    }
}
