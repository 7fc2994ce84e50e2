using System;
using System.Security.Cryptography;
using System.Text;

namespace ProxyConnect.Squid.Auth;

/// <summary>SHA-512 crypt (<c>$6$</c>), the scheme glibc's crypt(3) implements and Squid's <c>basic_ncsa_auth</c>
/// accepts.</summary>
/// <remarks>Written by hand from the published specification ("Unix crypt using SHA-256 and SHA-512", Drepper) on
/// top of the BCL's SHA512, because the library depends on Sprache only; the served bcrypt package would add a
/// dependency to every user. It is checked against the specification's test vectors and against the real helper.</remarks>
internal static class ShaCrypt
{
    private const string Prefix = "$6$";
    private const string RoundsPrefix = "rounds=";
    private const int DefaultRounds = 5000;
    private const string Alphabet = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>Byte order of the final encoding, three bytes at a time (from the specification).</summary>
    private static readonly int[] Order =
    {
        0, 21, 42, 22, 43, 1, 44, 2, 23, 3, 24, 45, 25, 46, 4, 47, 5, 26, 6, 27, 48, 28, 49, 7, 50, 8, 29, 9, 30, 51,
        31, 52, 10, 53, 11, 32, 12, 33, 54, 34, 55, 13, 56, 14, 35, 15, 36, 57, 37, 58, 16, 59, 17, 38, 18, 39, 60,
        40, 61, 19, 62, 20, 41,
    };

    /// <summary>Hashes <paramref name="password"/> with a random 16-character salt.</summary>
    public static string Hash(string password, int rounds)
    {
        var salt = new StringBuilder(16);
        var bytes = new byte[16];
        using (var rng = RandomNumberGenerator.Create())
        {
            rng.GetBytes(bytes);
        }

        foreach (var b in bytes)
        {
            salt.Append(Alphabet[b % 64]);
        }

        return Hash(password, salt.ToString(), rounds);
    }

    /// <summary>Hashes with a given salt (at most 16 characters are used) and round count (1000 to 999,999,999).</summary>
    public static string Hash(string password, string salt, int rounds)
    {
        rounds = Math.Min(999_999_999, Math.Max(1000, rounds));
        var p = Encoding.UTF8.GetBytes(password);
        var s = Encoding.UTF8.GetBytes(salt.Length > 16 ? salt.Substring(0, 16) : salt);
        using var sha = SHA512.Create();

        var b = sha.ComputeHash(Concat(p, s, p));
        var a = new Buffer();
        a.Add(p).Add(s);
        for (var i = p.Length; i > 0; i -= 64)
        {
            a.Add(b, Math.Min(64, i));
        }

        for (var i = p.Length; i > 0; i >>= 1)
        {
            a.Add((i & 1) != 0 ? b : p);
        }

        var c = sha.ComputeHash(a.ToArray());

        var dp = new Buffer();
        for (var i = 0; i < p.Length; i++)
        {
            dp.Add(p);
        }

        var pSeq = Repeat(sha.ComputeHash(dp.ToArray()), p.Length);
        var ds = new Buffer();
        for (var i = 0; i < 16 + c[0]; i++)
        {
            ds.Add(s);
        }

        var sSeq = Repeat(sha.ComputeHash(ds.ToArray()), s.Length);

        for (var r = 0; r < rounds; r++)
        {
            var round = new Buffer();
            round.Add((r & 1) != 0 ? pSeq : c);
            if (r % 3 != 0)
            {
                round.Add(sSeq);
            }

            if (r % 7 != 0)
            {
                round.Add(pSeq);
            }

            round.Add((r & 1) != 0 ? c : pSeq);
            c = sha.ComputeHash(round.ToArray());
        }

        var output = new StringBuilder(Prefix);
        if (rounds != DefaultRounds)
        {
            output.Append(RoundsPrefix).Append(rounds).Append('$');
        }

        output.Append(Encoding.UTF8.GetString(s)).Append('$');
        for (var i = 0; i < Order.Length; i += 3)
        {
            Encode24(output, c[Order[i]], c[Order[i + 1]], c[Order[i + 2]], 4);
        }

        Encode24(output, 0, 0, c[63], 2);
        return output.ToString();
    }

    /// <summary>Checks a password against a <c>$6$</c> hash.</summary>
    public static bool Verify(string password, string hash)
    {
        if (!hash.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = hash.Substring(Prefix.Length);
        var rounds = DefaultRounds;
        if (rest.StartsWith(RoundsPrefix, StringComparison.Ordinal))
        {
            var end = rest.IndexOf('$');
            if (end < 0 || !int.TryParse(rest.Substring(RoundsPrefix.Length, end - RoundsPrefix.Length), out rounds))
            {
                return false;
            }

            rest = rest.Substring(end + 1);
        }

        var dollar = rest.IndexOf('$');
        if (dollar < 0)
        {
            return false;
        }

        // Compare the digests only: "rounds=5000$" may be written out or left implicit.
        var computed = Hash(password, rest.Substring(0, dollar), rounds);
        var expected = Encoding.ASCII.GetBytes(rest.Substring(dollar + 1));
        var actual = Encoding.ASCII.GetBytes(computed.Substring(computed.LastIndexOf('$') + 1));
        return FixedTimeEquals(expected, actual);
    }

    private static bool FixedTimeEquals(byte[] a, byte[] b)
    {
        var diff = a.Length ^ b.Length;
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            diff |= a[i] ^ b[i];
        }

        return diff == 0;
    }

    private static void Encode24(StringBuilder output, byte b2, byte b1, byte b0, int count)
    {
        var w = (b2 << 16) | (b1 << 8) | b0;
        for (var i = 0; i < count; i++)
        {
            output.Append(Alphabet[w & 0x3f]);
            w >>= 6;
        }
    }

    private static byte[] Repeat(byte[] block, int length)
    {
        var result = new byte[length];
        for (var i = 0; i < length; i++)
        {
            result[i] = block[i % block.Length];
        }

        return result;
    }

    private static byte[] Concat(params byte[][] parts)
    {
        var buffer = new Buffer();
        foreach (var part in parts)
        {
            buffer.Add(part);
        }

        return buffer.ToArray();
    }

    private sealed class Buffer
    {
        private readonly System.IO.MemoryStream _stream = new();

        public Buffer Add(byte[] bytes) => Add(bytes, bytes.Length);

        public Buffer Add(byte[] bytes, int count)
        {
            _stream.Write(bytes, 0, count);
            return this;
        }

        public byte[] ToArray() => _stream.ToArray();
    }
}
