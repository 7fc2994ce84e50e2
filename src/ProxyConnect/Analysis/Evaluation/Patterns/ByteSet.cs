using System;
using System.Text;

namespace ProxyConnect.Analysis.Evaluation.Patterns;

/// <summary>A set of bytes (0–255): what one position of a POSIX regex accepts. Squid matches C strings in the C
/// locale, so a regex sees bytes, never characters; the evaluator feeds it one <see cref="char"/> per byte.</summary>
internal readonly struct ByteSet : IEquatable<ByteSet>
{
    private readonly ulong _a;
    private readonly ulong _b;
    private readonly ulong _c;
    private readonly ulong _d;

    private ByteSet(ulong a, ulong b, ulong c, ulong d)
    {
        _a = a;
        _b = b;
        _c = c;
        _d = d;
    }

    public static ByteSet Empty => default;

    /// <summary>Every byte but NUL, which a C string cannot hold.</summary>
    public static ByteSet AnyButNul => Range(1, 255);

    public static ByteSet Of(int b) => Empty.With(b);

    public static ByteSet Range(int first, int last)
    {
        var set = Empty;
        for (var b = first; b <= last; b++)
        {
            set = set.With(b);
        }

        return set;
    }

    public static ByteSet Of(string bytes)
    {
        var set = Empty;
        foreach (var c in bytes)
        {
            set = set.With(c);
        }

        return set;
    }

    public bool IsEmpty => (_a | _b | _c | _d) == 0;

    public bool Contains(int b) => b is >= 0 and < 256 && (Word(b >> 6) & (1UL << (b & 63))) != 0;

    public ByteSet With(int b)
    {
        var bit = 1UL << (b & 63);
        return (b >> 6) switch
        {
            0 => new ByteSet(_a | bit, _b, _c, _d),
            1 => new ByteSet(_a, _b | bit, _c, _d),
            2 => new ByteSet(_a, _b, _c | bit, _d),
            _ => new ByteSet(_a, _b, _c, _d | bit),
        };
    }

    public ByteSet Union(ByteSet other) => new(_a | other._a, _b | other._b, _c | other._c, _d | other._d);

    public ByteSet Intersect(ByteSet other) => new(_a & other._a, _b & other._b, _c & other._c, _d & other._d);

    /// <summary>The bytes not in this set, NUL excluded.</summary>
    public ByteSet Complement() => new ByteSet(~_a, ~_b, ~_c, ~_d).Intersect(AnyButNul);

    /// <summary>The bytes whose lower-case form (ASCII only, as <c>tolower</c> in the C locale) is in this set:
    /// how glibc's <c>REG_ICASE</c> reads an input byte against a set built from lower-cased pattern items.</summary>
    public ByteSet AcceptedIgnoringCase()
    {
        var set = this;
        for (var upper = 'A'; upper <= 'Z'; upper++)
        {
            set = Contains(char.ToLowerInvariant(upper)) ? set.With(upper) : set.Without(upper);
        }

        return set;
    }

    public ByteSet Without(int b)
    {
        var bit = ~(1UL << (b & 63));
        return (b >> 6) switch
        {
            0 => new ByteSet(_a & bit, _b, _c, _d),
            1 => new ByteSet(_a, _b & bit, _c, _d),
            2 => new ByteSet(_a, _b, _c & bit, _d),
            _ => new ByteSet(_a, _b, _c, _d & bit),
        };
    }

    /// <summary>The set as a .NET character class over the chars 0–255 (escaped as <c>\xHH</c>, so nothing in it
    /// is read as a .NET construct).</summary>
    public string ToDotNetClass()
    {
        if (IsEmpty)
        {
            return "[^\\x00-\\uFFFF]";
        }

        var text = new StringBuilder("[");
        var b = 0;
        while (b < 256)
        {
            if (!Contains(b))
            {
                b++;
                continue;
            }

            var last = b;
            while (last + 1 < 256 && Contains(last + 1))
            {
                last++;
            }

            text.Append("\\x").Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            if (last > b)
            {
                text.Append("-\\x").Append(last.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }

            b = last + 1;
        }

        return text.Append(']').ToString();
    }

    public bool Equals(ByteSet other) => _a == other._a && _b == other._b && _c == other._c && _d == other._d;

    public override bool Equals(object? obj) => obj is ByteSet other && Equals(other);

    public override int GetHashCode() => (_a ^ (_b * 31) ^ (_c * 961) ^ (_d * 29791)).GetHashCode();

    private ulong Word(int i) => i switch
    {
        0 => _a,
        1 => _b,
        2 => _c,
        _ => _d,
    };
}
