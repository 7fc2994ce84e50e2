namespace ProxyConnect.Squid.Syntax;

/// <summary>A physical line whose first non-blank character is <c>#</c>; Squid skips it.</summary>
public sealed class CommentLine : SyntaxNode
{
    internal CommentLine(string source, int start, int length)
        : base(source, start, length)
    {
    }

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.CommentLine;

    /// <summary>PXC1004 when the comment is longer than Squid's line buffer: the rest becomes a line of its own.</summary>
    public override System.Collections.Generic.IReadOnlyList<SyntaxDiagnostic> Diagnostics =>
        Length > 8191 && DirectiveParts.LongLine(Text.TrimEnd('\r', '\n'), 0) is { } tooLong
            ? new[] { tooLong }
            : base.Diagnostics;

    /// <summary>The comment without its line ending, leading blanks and the first <c>#</c>.</summary>
    public string Content
    {
        get
        {
            var text = Text.TrimEnd('\r', '\n').TrimStart(' ', '\t');
            return text.Length > 0 ? text.Substring(1) : text;
        }
    }

    /// <summary>Creates a comment line (<c># text</c>) with the given ending.</summary>
    /// <param name="text">The comment text after <c># </c>; must not contain a line break.</param>
    /// <param name="lineEnding">The line ending to close it with.</param>
    public static CommentLine Create(string text, string lineEnding)
    {
        if (text.IndexOf('\n') >= 0 || text.IndexOf('\r') >= 0)
        {
            throw new System.ArgumentException("A comment must not contain a line break.", nameof(text));
        }

        var full = (text.Length == 0 ? "#" : "# " + text) + lineEnding;
        return new CommentLine(full, 0, full.Length);
    }
}
