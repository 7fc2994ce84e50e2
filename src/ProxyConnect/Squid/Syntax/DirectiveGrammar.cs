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
    // Runs of characters are read by one Sprache parser each (a scan, then one jump of the input), not as
    // Parse.Char(...).Many().Text(): that builds a result, an input and a list entry per character.
    private static readonly Parser<string> Blanks = Run(c => c == ' ' || c == '\t', atLeastOne: true);

    private static readonly Parser<string> BareWord = Run(c => c != ' ' && c != '\t', atLeastOne: true);

    /// <summary>Parse.Char('#'), without formatting a failure message for every token that is not a comment.</summary>
    private static readonly Parser<char> Hash = input =>
        !input.AtEnd && input.Current == '#' ? Result.Success('#', input.Advance()) : Result.Failure<char>(input, "not '#'", NoExpectations);

    private static readonly string[] NoExpectations = { "'#'" };

    private static readonly Parser<string> InlineComment =
        from hash in Hash
        from rest in Run(_ => true, atLeastOne: false)
        select "#" + rest;

    private static readonly Parser<string> QuotedString =
        from open in Parse.Chars('"', '\'')
        from body in Parse.Char('\\').Then(_ => Parse.AnyChar).Select(c => "\\" + c)
            .Or(Parse.CharExcept(open).Select(c => c.ToString()))
            .Many()
        from close in Parse.Char(open)
        from tail in Run(c => c != ' ' && c != '\t', atLeastOne: false)
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
    /// <remarks>Without quoted values (the default, and almost every line of real configs), or with them on a line
    /// that has no quote character (such as the stock <c>include /etc/squid/conf.d/*.conf</c>), the line is split by
    /// <see cref="BlankSplitter"/>, a hand-written fast path that property tests hold equal to this grammar; only a
    /// line where quotes can group blanks runs the grammar. See docs/architecture.md, "Performance notes".</remarks>
    public static IReadOnlyList<Item> Tokenize(string logical, bool allowComment, bool quotes) =>
        quotes && logical.IndexOfAny(QuoteCharacters) >= 0
            ? ParseWithGrammar(logical, allowComment, quotes)
            : BlankSplitter.Split(logical, allowComment);

    /// <summary>What opens a quoted string (<see cref="QuotedString"/>); without one, quotes change nothing.</summary>
    private static readonly char[] QuoteCharacters = { '"', '\'' };

    /// <summary>The Sprache grammar itself, for every mode (the reference the fast path is tested against).</summary>
    internal static IReadOnlyList<Item> ParseWithGrammar(string logical, bool allowComment, bool quotes)
    {
        var parser = (allowComment, quotes) switch
        {
            (true, false) => WithComments,
            (true, true) => WithCommentsAndQuotes,
            (false, false) => NoComments,
            _ => NoCommentsWithQuotes,
        };
        var result = parser(new LineInput(logical, 0));
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

    private static readonly string[] RunExpectations = { "a run of characters" };

    /// <summary>A Sprache parser for the longest run of characters that satisfy <paramref name="accept"/>.</summary>
    private static Parser<string> Run(System.Func<char, bool> accept, bool atLeastOne) => input =>
    {
        var source = input.Source;
        var start = input.Position;
        var end = start;
        while (end < source.Length && accept(source[end]))
        {
            end++;
        }

        if (end == start && atLeastOne)
        {
            return Result.Failure<string>(input, "unexpected character", RunExpectations);
        }

        return Result.Success(source.Substring(start, end - start), end == start ? input : new LineInput(source, end));
    };

    /// <summary>Sprache's input for one logical line (which holds no line break, so line 1 and column = position + 1).</summary>
    /// <remarks>Sprache's own <see cref="Input"/> allocates a memo dictionary for every character it advances over;
    /// the grammar memoizes nothing, so this one creates it only if asked.</remarks>
    private sealed class LineInput : IInput
    {
        private IDictionary<object, object>? _memos;

        public LineInput(string source, int position)
        {
            Source = source;
            Position = position;
        }

        public string Source { get; }

        public int Position { get; }

        public char Current => Source[Position];

        public bool AtEnd => Position == Source.Length;

        public int Line => 1;

        public int Column => Position + 1;

        public IDictionary<object, object> Memos => _memos ??= new Dictionary<object, object>();

        public IInput Advance()
        {
            if (AtEnd)
            {
                throw new System.InvalidOperationException("Cannot advance beyond the end of the line.");
            }

            return new LineInput(Source, Position + 1);
        }

        public bool Equals(IInput? other) => other is not null && ReferenceEquals(Source, other.Source) && Position == other.Position;

        public override bool Equals(object? obj) => obj is IInput other && Equals(other);

        public override int GetHashCode() => (Source.GetHashCode() * 397) ^ Position;
    }
}
