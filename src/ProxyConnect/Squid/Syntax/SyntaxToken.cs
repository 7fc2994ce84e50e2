namespace ProxyConnect.Squid.Syntax;

/// <summary>One word of a directive line, with where it starts.</summary>
/// <param name="Text">The token exactly as written (quotes included).</param>
/// <param name="LeadingWhitespace">The blanks before it on the logical line (empty for the directive name
/// or right after a continuation joint).</param>
/// <param name="LineOffset">0-based physical line inside the node where the token starts.</param>
/// <param name="Column">1-based column of its first character on that line.</param>
public sealed record SyntaxToken(string Text, string LeadingWhitespace, int LineOffset, int Column)
{
    /// <summary>Whether the token is wrapped in matching double or single quotes.</summary>
    public bool IsQuoted => Text.Length >= 2 && (Text[0] == '"' || Text[0] == '\'') && Text[Text.Length - 1] == Text[0];

    /// <summary>The text without its surrounding quotes (escapes are kept as written).</summary>
    public string Unquoted => IsQuoted ? Text.Substring(1, Text.Length - 2) : Text;
}
