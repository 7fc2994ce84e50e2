namespace ProxyConnect.Squid.Syntax;

/// <summary>How a new directive line is laid out, usually taken from its neighbours.</summary>
/// <param name="Indentation">Blanks before the directive name.</param>
/// <param name="Separator">Blanks between the name and each argument.</param>
/// <param name="LineEnding">The line ending (<c>"\n"</c> or <c>"\r\n"</c>).</param>
public sealed record LineFormat(string Indentation, string Separator, string LineEnding)
{
    /// <summary>No indentation, one space, LF.</summary>
    public static LineFormat Default { get; } = new(string.Empty, " ", "\n");
}
