using System;
using System.Globalization;

namespace ProxyConnect.Analysis.Internal;

/// <summary>Squid's <c>if</c> expressions: <c>true</c>, <c>false</c> or <c>INT = INT</c> (integers read like
/// <c>strtol(…, 0)</c>: <c>0x</c> hex, leading <c>0</c> octal), after its macros are expanded. There is no
/// SMP here: <c>${process_number}</c> is 0, as under <c>squid -k parse</c>.</summary>
internal static class ConditionalExpression
{
    public static string ExpandMacros(string text) => text
        .Replace("${process_number}", "0")
        .Replace("${process_name}", "squid")
        .Replace("${service_name}", "squid");

    public static bool TryEvaluate(string expression, out bool value, out string? error)
    {
        var e = ExpandMacros(expression).Trim(' ', '\t');
        value = false;
        error = null;
        if (e == "true")
        {
            value = true;
            return true;
        }

        if (e == "false")
        {
            return true;
        }

        var eq = e.IndexOf('=');
        if (eq < 0)
        {
            error = $"Squid cannot evaluate the expression '{e}': it must be true, false or INTEGER = INTEGER";
            return false;
        }

        var left = e.Substring(0, eq).Trim(' ', '\t');
        var right = e.Substring(eq + 1).Trim(' ', '\t');
        if (!TryInteger(left, out var a))
        {
            error = $"'{left}' is not an integer, so Squid cannot evaluate '{e}'";
            return false;
        }

        if (!TryInteger(right, out var b))
        {
            error = $"'{right}' is not an integer, so Squid cannot evaluate '{e}'";
            return false;
        }

        value = a == b;
        return true;
    }

    private static bool TryInteger(string s, out long value)
    {
        value = 0;
        var negative = false;
        if (s.StartsWith("-", StringComparison.Ordinal) || s.StartsWith("+", StringComparison.Ordinal))
        {
            negative = s[0] == '-';
            s = s.Substring(1);
        }

        if (s.Length == 0)
        {
            return false;
        }

        try
        {
            if (s.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            {
                if (!long.TryParse(s.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value))
                {
                    return false;
                }
            }
            else if (s.Length > 1 && s[0] == '0')
            {
                foreach (var c in s)
                {
                    if (c < '0' || c > '7')
                    {
                        return false;
                    }
                }

                value = Convert.ToInt64(s, 8);
            }
            else if (!long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value))
            {
                return false;
            }
        }
        catch (OverflowException)
        {
            return false;
        }

        value = negative ? -value : value;
        return true;
    }
}
