namespace ProxyConnect.Squid;

/// <summary>A position in a config file: file (when known), 1-based line and 1-based column.</summary>
/// <param name="FilePath">The file, or <see langword="null"/> for text parsed from a string.</param>
/// <param name="Line">1-based physical line.</param>
/// <param name="Column">1-based column (in characters).</param>
public sealed record SourceLocation(string? FilePath, int Line, int Column)
{
    /// <summary>For messages: <c>path line N</c>, or <c>line N</c> for text without a file.</summary>
    public string ToDisplayString() => FilePath is null ? $"line {Line}" : $"{FilePath} line {Line}";

    /// <summary>The MSBuild / Visual Studio form: <c>path(line,col)</c>.</summary>
    public override string ToString() => $"{FilePath ?? "<text>"}({Line},{Column})";
}
