namespace ProxyConnect.Squid.Syntax;

/// <summary>A physical line with nothing but spaces and tabs (or nothing at all).</summary>
public sealed class BlankLine : SyntaxNode
{
    internal BlankLine(string source, int start, int length)
        : base(source, start, length)
    {
    }

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.BlankLine;
}
