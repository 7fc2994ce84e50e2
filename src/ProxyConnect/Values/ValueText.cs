using System.Globalization;
using System.Text;

namespace ProxyConnect.Values;

/// <summary>Helpers that render user input safely inside error messages.</summary>
internal static class ValueText
{
    /// <summary>Quotes <paramref name="text"/> in single quotes, escaping control characters so a message stays on one line.</summary>
    internal static string Quote(string text)
    {
        var sb = new StringBuilder(text.Length + 2);
        sb.Append('\'');
        foreach (var c in text)
        {
            switch (c)
            {
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (char.IsControl(c) || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029' || c == '\u0085')
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('\'');
        return sb.ToString();
    }

    /// <summary>Describes one character for a message: <c>space</c>, <c>line feed (U+000A)</c>, <c>'#'</c>, <c>'é' (U+00E9)</c>.</summary>
    internal static string Describe(char c)
    {
        var code = "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
        switch (c)
        {
            case ' ': return "space";
            case '\t': return "tab (" + code + ")";
            case '\n': return "line feed (" + code + ")";
            case '\r': return "carriage return (" + code + ")";
        }

        if (char.IsSurrogate(c))
        {
            return "unpaired surrogate " + code;
        }

        if (char.IsControl(c))
        {
            return "control character " + code;
        }

        if (char.IsWhiteSpace(c))
        {
            return "white space " + code;
        }

        return c < 128 ? "'" + c + "'" : "'" + c + "' (" + code + ")";
    }

    /// <summary>Whether <paramref name="c"/> is an ASCII letter or digit.</summary>
    internal static bool IsAsciiLetterOrDigit(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');

    /// <summary>Whether <paramref name="c"/> is an ASCII decimal digit.</summary>
    internal static bool IsDigit(char c) => c >= '0' && c <= '9';

    /// <summary>Whether every character of <paramref name="text"/> is an ASCII decimal digit (false for empty).</summary>
    internal static bool AllDigits(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
