using System;

namespace ProxyConnect.Analysis.Binding;

/// <summary>One word of a directive as the binder reads it: a range of a string (the document's source text on the
/// fast path, a token's own text otherwise) with the place it starts. No string is made until <see cref="Text"/> is
/// asked for, so lines that need no text cost none.</summary>
internal readonly struct Word
{
    private const int QuotedFlag = int.MinValue;

    private readonly string _source;
    private readonly int _start;

    // The line offset and the quoted flag share one field (the flag in the sign bit): a word is 24 bytes rather
    // than 32, and the bindings of a large config hold tens of thousands of them.
    private readonly int _lineOffsetAndQuoted;

    public Word(string source, int start, int length, int lineOffset, int column, bool quoted)
    {
        _source = source;
        _start = start;
        Length = length;
        _lineOffsetAndQuoted = quoted ? lineOffset | QuotedFlag : lineOffset;
        Column = column;
    }

    /// <summary>Characters in the word as written.</summary>
    public int Length { get; }

    /// <summary>0-based physical line inside the directive where the word starts.</summary>
    public int LineOffset => _lineOffsetAndQuoted & int.MaxValue;

    /// <summary>1-based column of its first character on that line.</summary>
    public int Column { get; }

    /// <summary>A quoted token under <c>configuration_includes_quoted_values on</c>: its value is the unquoted text.</summary>
    public bool IsQuotedValue => _lineOffsetAndQuoted < 0;

    public char this[int index] => _source[_start + index];

    /// <summary>The word exactly as written.</summary>
    public string Text => _start == 0 && Length == _source.Length ? _source : _source.Substring(_start, Length);

    /// <summary>The value the word stands for: quoted values lose their quotes.</summary>
    public string Value => IsQuotedValue ? _source.Substring(_start + 1, Length - 2) : Text;

    public bool Is(string text) => text.Length == Length && string.CompareOrdinal(_source, _start, text, 0, Length) == 0;

    public bool StartsWith(string prefix) => prefix.Length <= Length && string.CompareOrdinal(_source, _start, prefix, 0, prefix.Length) == 0;

    public int IndexOf(char c)
    {
        var at = Length == 0 ? -1 : _source.IndexOf(c, _start, Length);
        return at < 0 ? -1 : at - _start;
    }

    /// <summary>Part of the word (from <paramref name="offset"/> on) as a word of its own.</summary>
    public Word From(int offset) => new(_source, _start + offset, Length - offset, LineOffset, Column + offset, false);

    /// <summary>Compares with <paramref name="text"/> ignoring case as ACL names compare.</summary>
    public bool EqualsIgnoreCase(string text) =>
        text.Length == Length && string.Compare(_source, _start, text, 0, Length, StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>A hash that agrees with <see cref="EqualsIgnoreCase"/> (ASCII letters folded; others as they are,
    /// which only makes rare non-ASCII names share buckets).</summary>
    public int IgnoreCaseHash()
    {
        unchecked
        {
            var hash = (int)2166136261;
            for (var i = 0; i < Length; i++)
            {
                var c = _source[_start + i];
                if (c >= 'a' && c <= 'z')
                {
                    c = (char)(c - 32);
                }
                else if (c > 127)
                {
                    c = char.ToUpperInvariant(c);
                }

                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }

    public override string ToString() => Text;
}
