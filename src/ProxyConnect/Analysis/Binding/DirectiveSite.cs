using ProxyConnect.Squid;
using ProxyConnect.Squid.Model;
using ProxyConnect.Squid.Syntax;

namespace ProxyConnect.Analysis.Binding;

/// <summary>Where a directive stands: its node, file, first line and column, and which file of the walk it is in.</summary>
/// <remarks>Not sealed: the bindings of <c>acl</c> and <c>http_access</c> lines are sites themselves, so the two
/// most frequent lines of a large config cost one object each rather than two.</remarks>
internal class DirectiveSite
{
    private readonly BoundFile _file;

    public DirectiveSite(DirectiveStart start)
    {
        Node = start.Node;
        _file = start.File;
        Line = start.Line;
        Column = start.Column;
    }

    public DirectiveLine Node { get; }

    public string? FilePath => _file.Path;

    /// <summary>1-based line where the directive starts.</summary>
    public int Line { get; }

    /// <summary>1-based column of the directive name.</summary>
    public int Column { get; }

    /// <summary>The order in which its file was first read (0 = the main file): findings sort by it.</summary>
    public int FileIndex => _file.Index;

    /// <summary>The folder of its file, or <see langword="null"/> for text without a file.</summary>
    public string? Folder => _file.Folder;

    public SourceLocation Location => new(FilePath, Line, Column);

    /// <summary>The name length, for findings that cover the directive name.</summary>
    public int NameLength => Node.NameToken?.Text.Length ?? 1;

    public SourceLocation At(Word word) => new(FilePath, Line + word.LineOffset, word.Column);

    /// <summary>The typed view of the directive, made on demand (the binder itself never needs one).</summary>
    public Directive View() => Directive.From(Node, Location);
}
