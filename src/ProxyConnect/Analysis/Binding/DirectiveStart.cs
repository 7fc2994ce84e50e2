using ProxyConnect.Squid.Syntax;

namespace ProxyConnect.Analysis.Binding;

/// <summary>Where the directive the binder is reading starts, as a value: the binder makes a
/// <see cref="DirectiveSite"/> of it only for the lines it keeps.</summary>
internal readonly struct DirectiveStart
{
    public DirectiveStart(DirectiveLine node, BoundFile file, int line, int column)
    {
        Node = node;
        File = file;
        Line = line;
        Column = column;
    }

    public DirectiveLine Node { get; }

    public BoundFile File { get; }

    /// <summary>1-based line where the directive starts.</summary>
    public int Line { get; }

    /// <summary>1-based column of the directive name.</summary>
    public int Column { get; }
}
