using System.Globalization;

namespace ProxyConnect.Values;

/// <summary>The rule for TCP port numbers in squid.conf (<c>http_port</c>, <c>port</c> ACLs, proxy settings).</summary>
public static class PortNumber
{
    /// <summary>The smallest port Squid accepts (it rejects port 0).</summary>
    public const int Min = 1;

    /// <summary>The largest port.</summary>
    public const int Max = 65535;

    /// <summary>The port Squid listens on in its stock configuration.</summary>
    public const int SquidDefault = 3128;

    /// <summary>Parses a port written as decimal digits only (no sign, no white space).</summary>
    /// <param name="text">The text to parse, such as <c>3128</c>.</param>
    /// <param name="port">The port, or 0 when parsing failed.</param>
    /// <param name="error">Why the text was rejected, such as <c>port 70000 is larger than 65535</c>; <see langword="null"/> on success.</param>
    /// <returns><see langword="true"/> when the text is a port from 1 to 65535.</returns>
    public static bool TryParse(string? text, out int port, out string? error)
    {
        port = 0;
        if (text is null || text.Length == 0)
        {
            error = "the port is empty; expected a number from 1 to 65535";
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (!ValueText.IsDigit(text[i]))
            {
                error = ValueText.Quote(text) + " is not a valid port: character " + (i + 1) + " (" +
                        ValueText.Describe(text[i]) + ") is not a decimal digit; expected a number from 1 to 65535";
                return false;
            }
        }

        var digits = text.TrimStart('0');
        if (digits.Length > 5)
        {
            error = "port " + text + " is larger than 65535";
            return false;
        }

        var value = digits.Length == 0 ? 0 : int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        if (!TryValidate(value, out error))
        {
            return false;
        }

        port = value;
        return true;
    }

    /// <summary>Checks that <paramref name="port"/> is from <see cref="Min"/> to <see cref="Max"/>.</summary>
    /// <param name="port">The port to check.</param>
    /// <param name="error">Why the port was rejected, or <see langword="null"/> when it is valid.</param>
    /// <returns><see langword="true"/> when the port is valid.</returns>
    public static bool TryValidate(int port, out string? error)
    {
        if (port < Min)
        {
            error = "port " + port.ToString(CultureInfo.InvariantCulture) + " is smaller than 1; expected a number from 1 to 65535";
            return false;
        }

        if (port > Max)
        {
            error = "port " + port.ToString(CultureInfo.InvariantCulture) + " is larger than 65535";
            return false;
        }

        error = null;
        return true;
    }
}
