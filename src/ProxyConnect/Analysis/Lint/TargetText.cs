using System.Collections.Generic;
using System.Linq;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Analysis.Lint;

/// <summary>The words findings use when the answer depends on the Squid version: "new in Squid 6", "removed in Squid 7".</summary>
internal static class TargetText
{
    /// <summary>Why a name the target does not know is known elsewhere, such as "is new in Squid 6; this config targets
    /// Squid 5.7"; <see langword="null"/> when no known version has it.</summary>
    public static string? VersionNote(IReadOnlyList<int> majorsKnowing, SquidTarget target)
    {
        if (majorsKnowing.Count == 0)
        {
            return null;
        }

        var first = majorsKnowing.Min();
        var last = majorsKnowing.Max();
        string when;
        if (first > target.Major)
        {
            when = $"is new in Squid {first}";
        }
        else if (last < target.Major)
        {
            when = $"was removed in Squid {last + 1}";
        }
        else
        {
            when = "is known to Squid " + string.Join(", ", majorsKnowing);
        }

        return $"{when}; this config targets {target}";
    }
}
