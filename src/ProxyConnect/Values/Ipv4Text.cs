using System.Globalization;

namespace ProxyConnect.Values;

/// <summary>IPv4 text: the strict dotted quad we write, and the inet_aton forms Squid also reads.</summary>
internal static class Ipv4Text
{
    /// <summary>Formats a 32-bit address as a dotted quad.</summary>
    internal static string Format(uint value) =>
        ((value >> 24) & 255).ToString(CultureInfo.InvariantCulture) + "." +
        ((value >> 16) & 255).ToString(CultureInfo.InvariantCulture) + "." +
        ((value >> 8) & 255).ToString(CultureInfo.InvariantCulture) + "." +
        (value & 255).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses exactly four decimal octets 0 to 255 without leading zeros. On failure <paramref name="detail"/> says
    /// which octet is wrong and why, such as <c>octet 4 (300) is larger than 255</c>.
    /// </summary>
    internal static bool TryParseStrict(string text, out uint value, out string? detail)
    {
        if (TryParsePlainQuad(text, out value))
        {
            detail = null;
            return true;
        }

        value = 0;
        var parts = text.Split('.');
        if (parts.Length != 4)
        {
            detail = "it has " + parts.Length + (parts.Length == 1 ? " octet" : " octets") + "; expected 4";
            return false;
        }

        for (var i = 0; i < 4; i++)
        {
            var part = parts[i];
            var label = "octet " + (i + 1);
            if (part.Length == 0)
            {
                detail = label + " is empty";
                return false;
            }

            if (!ValueText.AllDigits(part))
            {
                detail = label + " (" + ValueText.Quote(part) + ") is not a decimal number";
                return false;
            }

            if (part.Length > 1 && part[0] == '0')
            {
                var decimalMeant = DecimalReading(parts);
                detail = TryParseInetAton(text, false, out var octal)
                    ? label + " (" + part + ") has a leading zero: Squid reads " + text + " as octal, i.e. " + Format(octal) +
                      "; write " + Format(octal) + (decimalMeant is null ? string.Empty : ", or " + decimalMeant + " if you meant decimal")
                    : label + " (" + part + ") has a leading zero: Squid reads such numbers as octal, and " + part +
                      " is not a valid octal number" + (decimalMeant is null ? string.Empty : "; write " + decimalMeant + " if you meant decimal");
                return false;
            }

            if (part.Length > 3 || int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture) > 255)
            {
                detail = label + " (" + part + ") is larger than 255";
                return false;
            }

            value = (value << 8) | uint.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        detail = null;
        return true;
    }

    /// <summary>The common case of <see cref="TryParseStrict"/> without allocating: four decimal octets 0 to 255 without
    /// leading zeros. Anything else returns false and is left to the full parser, which explains what is wrong.</summary>
    internal static bool TryParsePlainQuad(string text, out uint value)
    {
        value = 0;
        var octets = 0;
        var i = 0;
        while (i <= text.Length)
        {
            var start = i;
            var octet = 0;
            while (i < text.Length && text[i] >= '0' && text[i] <= '9')
            {
                octet = (octet * 10) + (text[i] - '0');
                i++;
                if (i - start > 3)
                {
                    return false;
                }
            }

            var digits = i - start;
            if (digits == 0 || octet > 255 || (digits > 1 && text[start] == '0'))
            {
                return false;
            }

            value = (value << 8) | (uint)octet;
            octets++;
            if (i == text.Length)
            {
                return octets == 4;
            }

            if (text[i] != '.' || octets == 4)
            {
                return false;
            }

            i++;
        }

        return false;
    }

    /// <summary>
    /// Parses the forms inet_aton accepts: 1 to 4 parts, each decimal, octal (leading 0) or, when
    /// <paramref name="allowHex"/>, hexadecimal (leading 0x); the last part fills the remaining bytes.
    /// </summary>
    internal static bool TryParseInetAton(string text, bool allowHex, out uint value)
    {
        value = 0;
        var parts = text.Split('.');
        if (parts.Length > 4)
        {
            return false;
        }

        var numbers = new ulong[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!TryParseNumber(parts[i], allowHex, out numbers[i]))
            {
                return false;
            }
        }

        ulong result = 0;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (numbers[i] > 255)
            {
                return false;
            }

            result |= numbers[i] << (24 - (8 * i));
        }

        var last = numbers[parts.Length - 1];
        var lastMax = parts.Length == 1 ? 0xFFFF_FFFFUL : (1UL << (8 * (5 - parts.Length))) - 1;
        if (last > lastMax)
        {
            return false;
        }

        value = (uint)(result | last);
        return true;
    }

    private static bool TryParseNumber(string part, bool allowHex, out ulong number)
    {
        number = 0;
        if (part.Length == 0)
        {
            return false;
        }

        var radix = 10;
        var start = 0;
        if (part.Length > 1 && part[0] == '0' && (part[1] == 'x' || part[1] == 'X'))
        {
            if (!allowHex || part.Length == 2)
            {
                return false;
            }

            radix = 16;
            start = 2;
        }
        else if (part.Length > 1 && part[0] == '0')
        {
            radix = 8;
            start = 1;
        }

        for (var i = start; i < part.Length; i++)
        {
            var c = part[i];
            int digit;
            if (c >= '0' && c <= '9')
            {
                digit = c - '0';
            }
            else if (c >= 'a' && c <= 'f')
            {
                digit = c - 'a' + 10;
            }
            else if (c >= 'A' && c <= 'F')
            {
                digit = c - 'A' + 10;
            }
            else
            {
                return false;
            }

            if (digit >= radix)
            {
                return false;
            }

            number = (number * (ulong)radix) + (ulong)digit;
            if (number > 0xFFFF_FFFFUL)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The four parts read as decimal with leading zeros dropped, or null when one is not a decimal octet.</summary>
    private static string? DecimalReading(string[] parts)
    {
        var result = new string[4];
        for (var i = 0; i < 4; i++)
        {
            var trimmed = parts[i].TrimStart('0');
            if (trimmed.Length == 0)
            {
                trimmed = "0";
            }

            if (!ValueText.AllDigits(trimmed) || trimmed.Length > 3 || int.Parse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture) > 255)
            {
                return null;
            }

            result[i] = trimmed;
        }

        return string.Join(".", result);
    }

    /// <summary>
    /// Whether the text is meant as an IPv4 address rather than a host name: only digits and dots, a last label
    /// that is all digits, or four labels of which at least three are numbers (such as <c>10.0.0.g</c>).
    /// </summary>
    internal static bool LooksLikeIPv4(string text)
    {
        var digitsAndDots = true;
        var anyDigit = false;
        foreach (var c in text)
        {
            anyDigit |= ValueText.IsDigit(c);
            if (c != '.' && !ValueText.IsDigit(c))
            {
                digitsAndDots = false;
                break;
            }
        }

        if (digitsAndDots && anyDigit)
        {
            return true;
        }

        var labels = text.Split('.');
        if (ValueText.AllDigits(labels[labels.Length - 1]))
        {
            return true;
        }

        if (labels.Length != 4)
        {
            return false;
        }

        var numeric = 0;
        foreach (var label in labels)
        {
            if (ValueText.AllDigits(label))
            {
                numeric++;
            }
        }

        return numeric >= 3;
    }
}
