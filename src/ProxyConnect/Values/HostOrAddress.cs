using System;

namespace ProxyConnect.Values;

/// <summary>
/// The rule for a host we connect to, such as the address of a proxy: an IPv4 address (dotted quad),
/// an IPv6 address (without brackets) or a DNS host name. No scheme, port or path.
/// </summary>
public static class HostOrAddress
{
    /// <summary>The longest DNS host name, without the trailing dot.</summary>
    public const int MaxHostNameLength = 253;

    private const string Expected = "Expected an IPv4 address such as 10.0.0.1, an IPv6 address such as 2001:db8::1 (without brackets) or a host name such as proxy.example.com.";

    /// <summary>Checks that <paramref name="value"/> is an IPv4 address, an IPv6 address or a DNS host name.</summary>
    /// <param name="value">The value to check.</param>
    /// <param name="error">Why the value was rejected, or <see langword="null"/> when it is valid.</param>
    /// <returns><see langword="true"/> when the value is valid.</returns>
    public static bool TryValidate(string? value, out string? error)
    {
        if (value is null || value.Length == 0)
        {
            error = "the host is empty. " + Expected;
            return false;
        }

        var quoted = ValueText.Quote(value);
        if (value.IndexOf("://", StringComparison.Ordinal) >= 0)
        {
            error = quoted + " is not a host: give the address without a scheme; use SensorProxySettings.Parse for URLs.";
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c) || char.IsSurrogate(c))
            {
                error = quoted + " is not a host: character " + (i + 1) + " (" + ValueText.Describe(c) + ") is not allowed. " + Expected;
                return false;
            }
        }

        if (value[0] == '[' || value.IndexOf(']') >= 0)
        {
            error = quoted + " is not a host: write an IPv6 address without brackets, and give the port separately. " + Expected;
            return false;
        }

        if (value.IndexOf('/') >= 0)
        {
            error = quoted + " is not a host: it contains '/'; give only the host, without a path or network mask. " + Expected;
            return false;
        }

        var colon = value.IndexOf(':');
        if (colon >= 0)
        {
            var afterFirst = value.Substring(colon + 1);
            if (value.IndexOf(':', colon + 1) < 0 && ValueText.AllDigits(afterFirst))
            {
                error = quoted + " is not a host: give the port separately (the host is " + ValueText.Quote(value.Substring(0, colon)) + ").";
                return false;
            }

            if (!Ipv6Text.TryParse(value, true, out _, out var v6))
            {
                error = quoted + " is not a valid IPv6 address: " + v6 + ". " + Expected;
                return false;
            }

            error = null;
            return true;
        }

        if (Ipv4Text.LooksLikeIPv4(value))
        {
            if (!Ipv4Text.TryParseStrict(value, out _, out var v4))
            {
                error = quoted + " is not a valid IPv4 address: " + v4 + ". " + Expected;
                return false;
            }

            error = null;
            return true;
        }

        if (!IsHostName(value, out var detail))
        {
            error = quoted + " is not a valid host name: " + detail + ". " + Expected;
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>
    /// RFC 1123 host name: labels of 1 to 63 letters, digits and hyphens, not starting or ending with a hyphen,
    /// at most 253 characters, an optional trailing dot; the last label is not all digits (that would be an IPv4 address).
    /// </summary>
    internal static bool IsHostName(string value, out string? detail)
    {
        var name = value.EndsWith(".", StringComparison.Ordinal) ? value.Substring(0, value.Length - 1) : value;
        if (name.Length == 0)
        {
            detail = "it has no labels";
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!ValueText.IsAsciiLetterOrDigit(c) && c != '-' && c != '.')
            {
                detail = "character " + (i + 1) + " (" + ValueText.Describe(c) + ") is not allowed in a host name (letters, digits, '-' and '.')";
                return false;
            }
        }

        if (name.Length > MaxHostNameLength)
        {
            detail = "it is " + name.Length + " characters long; a host name is at most " + MaxHostNameLength;
            return false;
        }

        var labels = name.Split('.');
        for (var i = 0; i < labels.Length; i++)
        {
            var label = labels[i];
            var where = "label " + (i + 1);
            if (label.Length == 0)
            {
                detail = where + " is empty";
                return false;
            }

            if (label.Length > 63)
            {
                detail = where + " is " + label.Length + " characters long; a label is at most 63";
                return false;
            }

            if (label[0] == '-' || label[label.Length - 1] == '-')
            {
                detail = where + " (" + label + ") starts or ends with '-'";
                return false;
            }
        }

        if (ValueText.AllDigits(labels[labels.Length - 1]))
        {
            detail = "the last label (" + labels[labels.Length - 1] + ") is all digits";
            return false;
        }

        detail = null;
        return true;
    }
}
