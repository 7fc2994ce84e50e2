using System;
using System.Collections.Generic;
using System.Linq;
using ProxyConnect.Squid.Syntax;

namespace ProxyConnect.Squid.Editing;

/// <summary>The one engine every edit goes through: it works on a copy of the node list, formats new lines like
/// their neighbours, and builds a new document. Untouched nodes are shared, so their bytes cannot change.</summary>
internal sealed class DocumentEditor
{
    private readonly SquidConfig _original;
    private readonly List<SyntaxNode> _nodes;
    private readonly List<ConfigDiagnostic> _warnings = new();
    private readonly string _lineEnding;

    public DocumentEditor(SquidConfig original)
    {
        _original = original;
        _nodes = original.Nodes.ToList();
        _lineEnding = original.LineEnding;
    }

    public IReadOnlyList<SyntaxNode> Nodes => _nodes;

    public bool Changed { get; private set; }

    /// <summary>The document's own line ending, for new lines.</summary>
    public string LineEnding => _lineEnding;

    public void Warn(string code, string message, int nodeIndex) =>
        _warnings.Add(new ConfigDiagnostic(code, Severity.Warning, message, LocationOf(nodeIndex)));

    public SourceLocation LocationOf(int nodeIndex)
    {
        var line = 1;
        for (var i = 0; i < nodeIndex && i < _nodes.Count; i++)
        {
            line += _nodes[i].PhysicalLineCount;
        }

        return new SourceLocation(_original.FilePath, line, 1);
    }

    /// <summary>Inserts nodes before <paramref name="index"/>. If the node before has no line ending (end of file
    /// without a final newline), it gets the document's ending, or the new lines would join it.</summary>
    public void Insert(int index, IEnumerable<SyntaxNode> nodes)
    {
        var list = nodes.ToList();
        if (list.Count == 0)
        {
            return;
        }

        if (index > 0 && _nodes[index - 1].LineEnding.Length == 0)
        {
            _nodes[index - 1] = Reparse(_nodes[index - 1].Text + _lineEnding);
        }

        if (index == _nodes.Count && list[list.Count - 1].LineEnding.Length == 0)
        {
            list[list.Count - 1] = Reparse(list[list.Count - 1].Text + _lineEnding);
        }

        _nodes.InsertRange(index, list);
        Changed = true;
    }

    public void Replace(int index, SyntaxNode node)
    {
        if (node.Text == _nodes[index].Text)
        {
            return;
        }

        _nodes[index] = node;
        Changed = true;
    }

    public void RemoveAt(int index, int count = 1)
    {
        if (count <= 0)
        {
            return;
        }

        _nodes.RemoveRange(index, count);
        Changed = true;
    }

    /// <summary>Layout for a new <paramref name="directiveName"/> line near <paramref name="index"/>: indentation and
    /// separator of the closest line with the same name (searching backwards first, then forwards), else of the
    /// closest directive, else one space and no indentation; always the document's line ending.</summary>
    public LineFormat FormatFor(string directiveName, int index)
    {
        var neighbour = Closest(index, d => d.Name == directiveName) ?? Closest(index, _ => true);
        return neighbour is null
            ? new LineFormat(string.Empty, " ", _lineEnding)
            : new LineFormat(neighbour.Indentation, neighbour.Separator, _lineEnding);
    }

    /// <summary>The edited document, after <see cref="EditGuard"/> made sure the edit adds no lint error.</summary>
    /// <exception cref="InvalidOperationException">The edit would add a lint error; the message names the line.</exception>
    public SquidConfig Build()
    {
        if (!Changed && _warnings.Count == 0)
        {
            return _original;
        }

        var edited = _original.WithNodes(_nodes.ToArray(), _warnings);
        if (Changed)
        {
            EditGuard.Check(_original, edited);
        }

        return edited;
    }

    /// <summary>Parses text that is known to be exactly one node.</summary>
    internal static SyntaxNode Reparse(string text)
    {
        var nodes = SquidSyntaxParser.Parse(text);
        if (nodes.Length != 1)
        {
            throw new InvalidOperationException($"Internal error: '{text}' did not parse as one line.");
        }

        return nodes[0];
    }

    private DirectiveLine? Closest(int index, Func<DirectiveLine, bool> predicate)
    {
        for (var i = Math.Min(index, _nodes.Count) - 1; i >= 0; i--)
        {
            if (_nodes[i] is DirectiveLine d && predicate(d))
            {
                return d;
            }
        }

        for (var i = index; i < _nodes.Count; i++)
        {
            if (_nodes[i] is DirectiveLine d && predicate(d))
            {
                return d;
            }
        }

        return null;
    }
}
