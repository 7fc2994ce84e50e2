namespace ProxyConnect.Squid.Syntax;

/// <summary>What a node of the lossless syntax tree is.</summary>
public enum SyntaxKind
{
    /// <summary>A physical line that holds only spaces and tabs, or nothing.</summary>
    BlankLine,

    /// <summary>A physical line whose first non-blank character is <c>#</c>.</summary>
    CommentLine,

    /// <summary>A logical line: a directive, possibly continued over several physical lines.</summary>
    Directive,
}
