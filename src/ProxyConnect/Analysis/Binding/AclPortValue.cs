using System.Globalization;

namespace ProxyConnect.Analysis.Binding;

/// <summary>A value of a port-kind ACL as Squid reads it (<c>ACLIntRange</c>): <c>N</c> or <c>A-B</c>, each a whole
/// number 0 to 65535 (0 is accepted, and never matches a request), with A not above B.</summary>
internal static class AclPortValue
{
    private const int Largest = 65535;

    /// <summary>Why Squid refuses <paramref name="text"/>, or <see langword="null"/> when it reads it.</summary>
    public static string? Check(string text)
    {
        var dash = text.IndexOf('-');
        if (dash < 0)
        {
            return CheckNumber(text, "port");
        }

        var first = text.Substring(0, dash);
        var last = text.Substring(dash + 1);
        var problem = CheckNumber(first, "first port") ?? CheckNumber(last, "last port");
        if (problem is not null)
        {
            return $"'{text}': {problem}";
        }

        return int.Parse(first, NumberStyles.None, CultureInfo.InvariantCulture) > int.Parse(last, NumberStyles.None, CultureInfo.InvariantCulture)
            ? $"'{text}': the range is reversed (the first port is above the last)"
            : null;
    }

    private static string? CheckNumber(string text, string what)
    {
        if (text.Length == 0)
        {
            return $"the {what} is missing";
        }

        foreach (var c in text)
        {
            if (c < '0' || c > '9')
            {
                return $"'{text}' is not a whole number (the {what} must be 0 to {Largest})";
            }
        }

        return text.TrimStart('0').Length > 5 || int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) > Largest
            ? $"the {what} {text} is above {Largest}"
            : null;
    }
}
