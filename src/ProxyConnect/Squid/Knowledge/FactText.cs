using System;
using ProxyConnect.Squid.Syntax;

namespace ProxyConnect.Squid.Knowledge;

/// <summary>
/// Reads the generated fact tables (<c>Generated/Squid*Tables.g.cs</c>), which hold their rows as text, one row a
/// line, fields separated by single spaces.
/// </summary>
/// <remarks>
/// Why text and not one <c>new(...)</c> per row: the build-time analyzer runs in a fresh compiler process on every
/// build without a compiler server, where a table written as code is a static constructor of 15 KB of IL that the JIT
/// compiles before the first lookup (about 30 ms, a quarter of a cold lint of the stock config). One string literal
/// and this small loop cost well under a millisecond. Names in the tables never hold blanks (they are Squid's words).
/// The loop makes no string but the names it keeps and reads enum members from fixed name lists: the native tool reads
/// the target's table on every lint, where splitting every row and parsing enums through reflection cost ~1 ms.
/// </remarks>
internal static class FactText
{
    /// <summary>Member names in value order (the enums count up from 0); a test holds them equal to the enums.</summary>
    internal static readonly string[] FeatureNames = { nameof(SquidFeature.None), nameof(SquidFeature.OpenSsl), nameof(SquidFeature.Other), nameof(SquidFeature.NotInDebian) };

    /// <inheritdoc cref="FeatureNames"/>
    internal static readonly string[] ValueKindNames =
    {
        nameof(AclValueKind.Other), nameof(AclValueKind.Address), nameof(AclValueKind.Port), nameof(AclValueKind.Domain), nameof(AclValueKind.Regex),
        nameof(AclValueKind.Method), nameof(AclValueKind.Protocol), nameof(AclValueKind.User), nameof(AclValueKind.Special),
    };

    /// <inheritdoc cref="FeatureNames"/>
    internal static readonly string[] OutcomeNames = { nameof(ProblemOutcome.Ignored), nameof(ProblemOutcome.Warning), nameof(ProblemOutcome.Fatal) };

    private const int MaxFields = 5;

    /// <summary>Directive rows: <c>name canonical state feature [valueType]</c>; <c>canonical</c> is <c>=</c> when it
    /// is the name itself; <c>state</c> is <c>live</c>, <c>obsolete</c> or <c>fatal</c> (obsolete, and Squid stops on it).</summary>
    public static DirectiveFact[] Directives(string text)
    {
        var facts = new DirectiveFact[LineScanner.Count(text)];
        var n = 0;
        var row = new Row(text);
        while (row.Next(4, 5))
        {
            var live = row.Is(2, "live");
            var fatal = row.Is(2, "fatal");
            if (!live && !fatal && !row.Is(2, "obsolete"))
            {
                throw row.Bad("state must be live, obsolete or fatal");
            }

            var name = row.Text(0);
            facts[n++] = new DirectiveFact(name, row.Is(1, "=") ? name : row.Text(1), !live, (SquidFeature)row.Member(3, FeatureNames), fatal, row.Count > 4 ? row.Text(4) : null);
        }

        return Trimmed(facts, n);
    }

    /// <summary>ACL type rows: <c>name canonical kind feature options</c>; <c>options</c> is <c>-</c> for none, else
    /// the flags separated by commas.</summary>
    public static AclTypeFact[] AclTypes(string text)
    {
        var facts = new AclTypeFact[LineScanner.Count(text)];
        var n = 0;
        var row = new Row(text);
        while (row.Next(5, 5))
        {
            var name = row.Text(0);
            var options = row.Is(4, "-") ? Array.Empty<string>() : row.Text(4).Split(',');
            facts[n++] = new AclTypeFact(name, row.Is(1, "=") ? name : row.Text(1), (AclValueKind)row.Member(2, ValueKindNames), options, (SquidFeature)row.Member(3, FeatureNames));
        }

        return Trimmed(facts, n);
    }

    /// <summary>Port option rows: <c>name flags feature withoutAccel</c>; <c>flags</c> is <c>-</c> or any of
    /// <c>v</c> (takes a value), <c>o</c> (the value is optional), <c>a</c> (needs accel), <c>p</c> (a prefix of a family).</summary>
    public static PortOptionFact[] PortOptions(string text)
    {
        var facts = new PortOptionFact[LineScanner.Count(text)];
        var n = 0;
        var row = new Row(text);
        while (row.Next(4, 4))
        {
            var flags = row.Text(1);
            foreach (var c in flags)
            {
                if ("-voap".IndexOf(c) < 0)
                {
                    throw row.Bad("flags are -, or any of v, o, a, p");
                }
            }

            facts[n++] = new PortOptionFact(row.Text(0), flags.IndexOf('v') >= 0, flags.IndexOf('a') >= 0, (SquidFeature)row.Member(2, FeatureNames),
                ValueOptional: flags.IndexOf('o') >= 0, WithoutAccel: (ProblemOutcome)row.Member(3, OutcomeNames), IsPrefix: flags.IndexOf('p') >= 0);
        }

        return Trimmed(facts, n);
    }

    private static T[] Trimmed<T>(T[] facts, int count)
    {
        if (count < facts.Length)
        {
            Array.Resize(ref facts, count);
        }

        return facts;
    }

    /// <summary>Walks the rows of a table and the fields of the current row as positions in the text.</summary>
    private sealed class Row
    {
        private readonly string _text;
        private readonly int[] _starts = new int[MaxFields];
        private readonly int[] _lengths = new int[MaxFields];
        private int _next;
        private int _start;
        private int _end;

        public Row(string text) => _text = text;

        public int Count { get; private set; }

        /// <summary>Moves to the next non-empty row and finds its fields (between <paramref name="min"/> and
        /// <paramref name="max"/>, separated by single spaces); false at the end of the text.</summary>
        public bool Next(int min, int max)
        {
            do
            {
                if (_next >= _text.Length)
                {
                    return false;
                }

                _start = _next;
                var feed = _text.IndexOf('\n', _start);
                _end = feed < 0 ? _text.Length : feed;
                _next = _end + 1;
            }
            while (_end == _start);

            Count = 0;
            var fieldStart = _start;
            for (var i = _start; i <= _end; i++)
            {
                if (i < _end && _text[i] != ' ')
                {
                    continue;
                }

                if (i == fieldStart || Count == max)
                {
                    throw Bad($"expected {min} to {max} fields separated by single spaces");
                }

                _starts[Count] = fieldStart;
                _lengths[Count++] = i - fieldStart;
                fieldStart = i + 1;
            }

            if (Count < min)
            {
                throw Bad($"expected {min} to {max} fields separated by single spaces");
            }

            return true;
        }

        public string Text(int field) => _text.Substring(_starts[field], _lengths[field]);

        public bool Is(int field, string word) =>
            _lengths[field] == word.Length && string.CompareOrdinal(_text, _starts[field], word, 0, word.Length) == 0;

        /// <summary>The value of the enum member named by the field (its index in <paramref name="names"/>).</summary>
        public int Member(int field, string[] names)
        {
            for (var i = 0; i < names.Length; i++)
            {
                if (Is(field, names[i]))
                {
                    return i;
                }
            }

            throw Bad($"'{Text(field)}' is not one of {string.Join(", ", names)}");
        }

        public InvalidOperationException Bad(string why) =>
            new($"Generated fact table row '{_text.Substring(_start, _end - _start)}': {why} (tools/squid-knowledge/generate writes these rows).");
    }
}
