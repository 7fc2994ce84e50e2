namespace ProxyConnect.Squid.Syntax;

/// <summary>A problem the syntax layer sees in the text itself, before any meaning is given to it.</summary>
/// <param name="Code">Stable id (<c>PXC1nnn</c>), shared with the lint findings.</param>
/// <param name="Severity">Whether Squid refuses this or only misreads it.</param>
/// <param name="Message">What is wrong and what Squid does with it.</param>
/// <param name="LineOffset">0-based physical line inside the node.</param>
/// <param name="Column">1-based column in that physical line.</param>
public sealed record SyntaxDiagnostic(string Code, Severity Severity, string Message, int LineOffset, int Column);
