using ProxyConnect.Squid;
using ProxyConnect.Squid.Model;

namespace ProxyConnect.Analysis.Internal;

/// <summary>One directive in processing order, with includes inlined and <c>if</c> branches resolved.</summary>
internal sealed class FlatLine
{
    public FlatLine(Directive view, SourceLocation location, int fileIndex, bool active, string? folder)
    {
        View = view;
        Location = location;
        FileIndex = fileIndex;
        Active = active;
        Folder = folder;
    }

    /// <summary>The typed view.</summary>
    public Directive View { get; }

    /// <summary>Where the directive starts.</summary>
    public SourceLocation Location { get; }

    /// <summary>The order in which its file was first read (0 = the main file): sorts findings.</summary>
    public int FileIndex { get; }

    /// <summary>False inside an <c>if</c> branch that is not taken: Squid does not parse such lines.</summary>
    public bool Active { get; }

    /// <summary>The folder of the file the line is in, or <see langword="null"/> for text.</summary>
    public string? Folder { get; }

    /// <summary>The location of token <paramref name="token"/> of this line.</summary>
    public SourceLocation At(Squid.Syntax.SyntaxToken token) =>
        new(Location.FilePath, Location.Line + token.LineOffset, token.Column);
}
