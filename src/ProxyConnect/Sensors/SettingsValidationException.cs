using System;
using System.Collections.Generic;
using System.Linq;

namespace ProxyConnect.Sensors;

/// <summary>Thrown by <see cref="SensorProxySettings.EnsureValid"/> (and by the members that need valid settings):
/// the message lists every problem, one per line, and never contains a password.</summary>
public sealed class SettingsValidationException : Exception
{
    /// <summary>Creates the exception for a non-empty list of problems.</summary>
    /// <param name="problems">The problems found.</param>
    public SettingsValidationException(IReadOnlyList<SettingsProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in property order.</summary>
    public IReadOnlyList<SettingsProblem> Problems { get; }

    private static string Describe(IReadOnlyList<SettingsProblem> problems)
    {
        if (problems is null)
        {
            throw new ArgumentNullException(nameof(problems));
        }

        var count = problems.Count == 1 ? "1 problem" : problems.Count + " problems";
        return "The sensor proxy settings are not valid (" + count + "):" +
               string.Concat(problems.Select(p => Environment.NewLine + "- " + p));
    }
}
