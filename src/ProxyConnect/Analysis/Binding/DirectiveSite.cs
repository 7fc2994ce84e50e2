using ProxyConnect.Squid;
using ProxyConnect.Squid.Model;
using ProxyConnect.Squid.Syntax;

namespace ProxyConnect.Analysis.Binding;

/// <summary>Where a directive stands: its node, file, first line and column, and which file of the walk it is in.</summary>
internal sealed class DirectiveSite
{
    public DirectiveSite(DirectiveLine node, string? filePath, int line, int column, int fileIndex, string? folder)
    {
        Node = node;
        FilePath = filePath;
        Line = line;
        Column = column;
        FileIndex = fileIndex;
        Folder = folder;
    }

    public DirectiveLine Node { get; }

    public string? FilePath { get; }

    /// <summary>1-based line where the directive starts.</summary>
    public int Line { get; }

    /// <summary>1-based column of the directive name.</summary>
    public int Column { get; }

    /// <summary>The order in which its file was first read (0 = the main file): findings sort by it.</summary>
    public int FileIndex { get; }

    /// <summary>The folder of its file, or <see langword="null"/> for text without a file.</summary>
    public string? Folder { get; }

    public SourceLocation Location => new(FilePath, Line, Column);

    /// <summary>The name length, for findings that cover the directive name.</summary>
    public int NameLength => Node.NameToken?.Text.Length ?? 1;

    public SourceLocation At(Word word) => new(FilePath, Line + word.LineOffset, word.Column);

    /// <summary>The typed view of the directive, made on demand (the binder itself never needs one).</summary>
    public Directive View() => Directive.From(Node, Location);
}
