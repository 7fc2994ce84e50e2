namespace ProxyConnect.Squid;

/// <summary>A problem found in a config, at a place in a file.</summary>
/// <param name="Code">Stable id (<c>PXC1nnn</c>); each has a page under <c>docs/diagnostics/</c>.</param>
/// <param name="Severity">Error (Squid refuses it) or warning (Squid misreads it).</param>
/// <param name="Message">What is wrong and what is expected.</param>
/// <param name="Location">File, line and column.</param>
public sealed record ConfigDiagnostic(string Code, Severity Severity, string Message, SourceLocation Location)
{
    /// <summary>The MSBuild form: <c>path(line,col): error PXC1001: message</c>.</summary>
    public override string ToString() =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";
}
