using System.Collections.Generic;
using System.Globalization;

namespace ProxyConnect.Analysis.Evaluation.Patterns;

/// <summary>
/// Reads a POSIX extended regular expression the way Squid compiles it: glibc's <c>regcomp</c> with
/// <c>REG_EXTENDED | REG_NOSUB</c> (and <c>REG_ICASE</c> after <c>-i</c>), in the C locale, so one byte is one
/// character. The dialect is glibc's <c>RE_SYNTAX_POSIX_EXTENDED</c>: anchors anywhere, an unmatched <c>)</c> is a
/// literal, a repetition operator with nothing before it is an error, stacked repetitions (<c>a**</c>) are allowed,
/// <c>\</c> makes any other character literal (<c>\d</c> is <c>d</c>), and the GNU operators <c>\w \W \s \S \b \B
/// \&lt; \&gt; \` \'</c> exist. Back-references are refused (<see cref="EreSyntaxException"/>): they are not ERE,
/// and the evaluator does not guess what they would do.
/// </summary>
internal sealed class EreParser
{
    /// <summary>glibc's <c>RE_DUP_MAX</c>.</summary>
    private const int DuplicationMax = 0x7fff;

    private static readonly ByteSet Word = ByteSet.Range('0', '9').Union(ByteSet.Range('A', 'Z')).Union(ByteSet.Range('a', 'z')).With('_');
    private static readonly ByteSet Space = ByteSet.Of(" \t\n\v\f\r");

    private readonly string _pattern;
    private readonly bool _ignoreCase;
    private int _at;

    private EreParser(string pattern, bool ignoreCase)
    {
        _pattern = pattern;
        _ignoreCase = ignoreCase;
    }

    /// <summary>The bytes glibc's <c>\w</c> accepts in the C locale.</summary>
    public static ByteSet WordBytes => Word;

    /// <summary>Parses <paramref name="pattern"/> (one char per byte, 0–255).</summary>
    /// <exception cref="EreSyntaxException">glibc refuses the pattern, or it uses a construct the evaluator does not reproduce.</exception>
    public static EreNode Parse(string pattern, bool ignoreCase)
    {
        foreach (var c in pattern)
        {
            if (c > 255)
            {
                throw new EreSyntaxException("it holds a character outside one byte", glibcAccepts: true);
            }
        }

        var parser = new EreParser(pattern, ignoreCase);
        var node = parser.Alternation(nest: 0);
        if (parser._at < pattern.Length)
        {
            // Only a ')' closing nothing can stop the top level, and that is a literal: unreachable.
            throw new EreSyntaxException($"unexpected '{pattern[parser._at]}' at offset {parser._at}");
        }

        return node;
    }

    private bool AtEnd => _at >= _pattern.Length;

    private char Peek => _pattern[_at];

    private EreNode Alternation(int nest)
    {
        var choices = new List<EreNode> { Branch(nest) };
        while (!AtEnd && Peek == '|')
        {
            _at++;
            choices.Add(Branch(nest));
        }

        return choices.Count == 1 ? choices[0] : new EreAlternation(choices);
    }

    private EreNode Branch(int nest)
    {
        var items = new List<EreNode>();
        while (!AtEnd && Peek != '|' && !(nest > 0 && Peek == ')'))
        {
            items.Add(Expression(nest));
        }

        return items.Count switch
        {
            0 => new EreEmpty(),
            1 => items[0],
            _ => new EreConcat(items),
        };
    }

    private EreNode Expression(int nest)
    {
        var start = _at;
        var c = _pattern[_at++];
        EreNode atom;
        switch (c)
        {
            case '(':
                if (!AtEnd && Peek == ')')
                {
                    _at++;
                    atom = new EreEmpty();
                    break;
                }

                atom = Alternation(nest + 1);
                if (AtEnd)
                {
                    throw new EreSyntaxException($"the '(' at offset {start} is never closed");
                }

                _at++; // ')'
                break;
            case '[':
                atom = new EreSet(Bracket(start));
                break;
            case '.':
                atom = new EreSet(ByteSet.AnyButNul);
                break;
            case '^':
                // glibc returns right after an anchor: a repetition operator after it has nothing to repeat.
                return new EreAssertion(EreAssertionKind.Start);
            case '$':
                return new EreAssertion(EreAssertionKind.End);
            case '*':
            case '+':
            case '?':
            case '{':
                throw new EreSyntaxException($"'{c}' at offset {start} has nothing before it to repeat");
            case '\\':
                if (AtEnd)
                {
                    throw new EreSyntaxException("it ends with a lone backslash");
                }

                var escaped = _pattern[_at++];
                switch (escaped)
                {
                    case >= '1' and <= '9':
                        throw new EreSyntaxException($"'\\{escaped}' at offset {start} is a back-reference, which is not POSIX ERE", glibcAccepts: true);
                    case 'w':
                        atom = new EreSet(Word);
                        break;
                    case 'W':
                        atom = new EreSet(Word.Complement());
                        break;
                    case 's':
                        atom = new EreSet(Space);
                        break;
                    case 'S':
                        atom = new EreSet(Space.Complement());
                        break;
                    case 'b':
                        return new EreAssertion(EreAssertionKind.WordBoundary);
                    case 'B':
                        return new EreAssertion(EreAssertionKind.NotWordBoundary);
                    case '<':
                        return new EreAssertion(EreAssertionKind.WordStart);
                    case '>':
                        return new EreAssertion(EreAssertionKind.WordEnd);
                    case '`':
                        return new EreAssertion(EreAssertionKind.Start);
                    case '\'':
                        return new EreAssertion(EreAssertionKind.End);
                    case >= 'a' and <= 'z' when _ignoreCase:
                        // Measured: glibc's REG_ICASE makes '\x' (any other escaped lower-case letter) match nothing
                        // at all, a quirk of its translation; the evaluator does not build on it.
                        throw new EreSyntaxException($"'\\{escaped}' at offset {start} under -i matches nothing in glibc (a quirk the evaluator does not reproduce)", glibcAccepts: true);
                    default:
                        atom = Literal(escaped);
                        break;
                }

                break;
            default:
                // ')' closing nothing, '}' and ']' are ordinary characters here.
                atom = Literal(c);
                break;
        }

        while (!AtEnd && Peek is '*' or '+' or '?' or '{')
        {
            atom = Repetition(atom);
        }

        return atom;
    }

    private EreNode Repetition(EreNode atom)
    {
        var start = _at;
        var op = _pattern[_at++];
        switch (op)
        {
            case '*':
                return new EreRepeat(atom, 0, null);
            case '+':
                return new EreRepeat(atom, 1, null);
            case '?':
                return new EreRepeat(atom, 0, 1);
        }

        var close = _pattern.IndexOf('}', _at);
        if (close < 0)
        {
            throw new EreSyntaxException($"the '{{' at offset {start} is never closed");
        }

        var body = _pattern.Substring(_at, close - _at);
        _at = close + 1;
        var comma = body.IndexOf(',');
        int min;
        int? max;
        if (comma < 0)
        {
            min = Number(body, start, allowEmpty: false) ?? 0;
            max = min;
        }
        else
        {
            min = Number(body.Substring(0, comma), start, allowEmpty: true) ?? 0;
            max = Number(body.Substring(comma + 1), start, allowEmpty: true);
        }

        if (max < min)
        {
            throw new EreSyntaxException($"the interval '{{{body}}}' at offset {start} ends before it starts");
        }

        if (min > DuplicationMax || max > DuplicationMax)
        {
            throw new EreSyntaxException($"the interval '{{{body}}}' at offset {start} is larger than glibc allows ({DuplicationMax})");
        }

        return new EreRepeat(atom, min, max);
    }

    private static int? Number(string text, int offset, bool allowEmpty)
    {
        if (text.Length == 0 && allowEmpty)
        {
            return null;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                throw new EreSyntaxException($"the interval at offset {offset} holds '{text}', which is not a number");
            }
        }

        return text.Length == 0 ? throw new EreSyntaxException($"the interval at offset {offset} is empty")
            : text.Length > 6 ? DuplicationMax + 1 : int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private EreSet Literal(char c)
    {
        var set = ByteSet.Of(_ignoreCase ? Lower(c) : c);
        return new EreSet(_ignoreCase ? set.AcceptedIgnoringCase() : set);
    }

    private static char Lower(char c) => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;

    /// <summary>A bracket expression, from after its '['. With <c>REG_ICASE</c> glibc lower-cases every item (range
    /// ends included, so <c>[Z-a]</c> becomes the empty range z-a and is refused) and reads <c>upper</c> and
    /// <c>lower</c> as <c>alpha</c>, then compares the lower-cased input byte.</summary>
    private ByteSet Bracket(int start)
    {
        var negated = !AtEnd && Peek == '^';
        if (negated)
        {
            _at++;
        }

        var set = ByteSet.Empty;
        var first = true;
        while (true)
        {
            if (AtEnd)
            {
                throw new EreSyntaxException($"the '[' at offset {start} is never closed");
            }

            if (Peek == ']' && !first)
            {
                _at++;
                break;
            }

            first = false;
            var (item, single) = BracketItem(start);
            if (single is { } low && _at + 1 < _pattern.Length && Peek == '-' && _pattern[_at + 1] != ']')
            {
                _at++;
                var (_, end) = BracketItem(start);
                if (end is not { } high)
                {
                    throw new EreSyntaxException($"a range in the bracket expression at offset {start} ends with a class");
                }

                if (high < low)
                {
                    throw new EreSyntaxException($"the range '{(char)low}-{(char)high}' in the bracket expression at offset {start} is empty");
                }

                if (!AtEnd && Peek == '-' && _at + 1 < _pattern.Length && _pattern[_at + 1] != ']')
                {
                    throw new EreSyntaxException($"a range in the bracket expression at offset {start} is followed by '-'");
                }

                set = set.Union(ByteSet.Range(low, high));
            }
            else
            {
                set = set.Union(item);
            }
        }

        var accepted = negated ? set.Complement() : set;
        return _ignoreCase ? accepted.AcceptedIgnoringCase() : accepted;
    }

    /// <summary>One item: its bytes, and the byte when it can start or end a range (a plain character or a
    /// collating symbol; not a class).</summary>
    private (ByteSet Bytes, int? Single) BracketItem(int start)
    {
        var c = _pattern[_at++];
        if (c == '[' && !AtEnd && Peek is ':' or '=' or '.')
        {
            var kind = _pattern[_at++];
            var close = _pattern.IndexOf(kind + "]", _at, System.StringComparison.Ordinal);
            if (close < 0)
            {
                throw new EreSyntaxException($"the '[{kind}' in the bracket expression at offset {start} is never closed");
            }

            var name = _pattern.Substring(_at, close - _at);
            _at = close + 2;
            if (kind == ':')
            {
                return (Class(name, start), null);
            }

            if (name.Length != 1)
            {
                throw new EreSyntaxException($"'[{kind}{name}{kind}]' at offset {start} is not one character (the C locale has no multi-character collating elements)");
            }

            var b = _ignoreCase ? Lower(name[0]) : name[0];
            return (ByteSet.Of(b), kind == '.' ? b : null);
        }

        var single = _ignoreCase ? Lower(c) : c;
        return (ByteSet.Of(single), single);
    }

    private ByteSet Class(string name, int start)
    {
        var digit = ByteSet.Range('0', '9');
        var upper = ByteSet.Range('A', 'Z');
        var lower = ByteSet.Range('a', 'z');
        var alpha = upper.Union(lower);
        if (_ignoreCase && name is "upper" or "lower")
        {
            return alpha;
        }

        return name switch
        {
            "alpha" => alpha,
            "digit" => digit,
            "alnum" => alpha.Union(digit),
            "upper" => upper,
            "lower" => lower,
            "space" => Space,
            "blank" => ByteSet.Of(" \t"),
            "punct" => ByteSet.Range('!', '/').Union(ByteSet.Range(':', '@')).Union(ByteSet.Range('[', '`')).Union(ByteSet.Range('{', '~')),
            "print" => ByteSet.Range(0x20, 0x7E),
            "graph" => ByteSet.Range(0x21, 0x7E),
            "cntrl" => ByteSet.Range(0x01, 0x1F).With(0x7F),
            "xdigit" => digit.Union(ByteSet.Range('A', 'F')).Union(ByteSet.Range('a', 'f')),
            _ => throw new EreSyntaxException($"'[:{name}:]' at offset {start} is not a character class"),
        };
    }
}
