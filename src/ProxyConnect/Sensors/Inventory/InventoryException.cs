using System;
using ProxyConnect.Squid;

namespace ProxyConnect.Sensors.Inventory;

/// <summary>An inventory file (CSV or JSON) cannot be used: the message names the file, line and column and says what
/// is expected there.</summary>
public sealed class InventoryException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="location">Where the problem is (file, 1-based line and column).</param>
    /// <param name="problem">What is wrong, in one sentence.</param>
    public InventoryException(SourceLocation location, string problem)
        : base($"{Describe(location)}: {problem}")
    {
        Location = location ?? throw new ArgumentNullException(nameof(location));
        Problem = problem;
    }

    /// <summary>Where the problem is.</summary>
    public SourceLocation Location { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    private static string Describe(SourceLocation location) =>
        $"{location.FilePath ?? "<inventory>"} line {location.Line}, column {location.Column}";
}
