namespace ProxyConnect.Squid.Tests.Harness;

/// <summary>What <c>squid -k parse</c> said about a config.</summary>
public sealed class SquidParseResult
{
    /// <summary>Creates a result from squid's exit code and its output lines (stderr and stdout, in arrival order).</summary>
    /// <param name="exitCode">The exit code of <c>squid -k parse</c>.</param>
    /// <param name="lines">Every output line, including the <c>Processing:</c> echo lines.</param>
    public SquidParseResult(int exitCode, IReadOnlyList<string> lines)
    {
        ExitCode = exitCode;
        Lines = lines;
        var diagnostics = lines.Where(line => !IsEcho(line)).ToList();
        Errors = diagnostics.Where(line => line.Contains("ERROR", StringComparison.Ordinal)).ToList();
        Warnings = diagnostics.Where(line => line.Contains("WARNING", StringComparison.Ordinal) || line.Contains("Warning:", StringComparison.Ordinal)).ToList();
        Fatals = diagnostics.Where(line => line.Contains("FATAL", StringComparison.Ordinal)).ToList();
    }

    /// <summary>The exit code. 0 on success, 1 after a FATAL; 5.7 exits with the count of unrecognized directives.</summary>
    public int ExitCode { get; }

    /// <summary>Every line squid printed, as printed (with its <c>yyyy/mm/dd hh:mm:ss|</c> prefix).</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>Lines containing <c>ERROR</c>, echo lines excluded. 5.7 prints some errors untagged, e.g. <c>aclIpParseIpData: Bad host/IP</c>.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>Lines containing <c>WARNING</c> or 5.7's <c>Warning:</c> spelling (<c>Warning: empty ACL</c>), echo lines excluded.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Lines containing <c>FATAL</c> (e.g. <c>FATAL: Bungled f.conf line 1: …</c>), echo lines excluded.</summary>
    public IReadOnlyList<string> Fatals { get; }

    /// <summary>Squid accepted the config: exit code 0 and no FATAL or ERROR line.</summary>
    public bool Accepted => ExitCode == 0 && Fatals.Count == 0 && Errors.Count == 0;

    /// <summary>All lines joined, for assertion messages.</summary>
    public string Output => string.Join(Environment.NewLine, Lines);

    /// <summary>
    /// Whether a line is one of squid's echoes of the config (<c>Processing: &lt;config line&gt;</c> or
    /// <c>Processing Configuration File: &lt;path&gt;</c>); those may contain any word, so they are never classified.
    /// </summary>
    /// <param name="line">An output line.</param>
    public static bool IsEcho(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var message = Message(line);
        return message.StartsWith("Processing: ", StringComparison.Ordinal)
            || message.StartsWith("Processing Configuration File: ", StringComparison.Ordinal);
    }

    /// <summary>The line without squid's <c>yyyy/mm/dd hh:mm:ss| </c> prefix.</summary>
    /// <param name="line">An output line.</param>
    public static string Message(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var bar = line.IndexOf("| ", StringComparison.Ordinal);
        return bar == 19 && char.IsDigit(line[0]) ? line[(bar + 2)..] : line;
    }

    /// <inheritdoc />
    public override string ToString() => $"exit {ExitCode}, {Fatals.Count} FATAL, {Errors.Count} ERROR, {Warnings.Count} WARNING";
}
