using System;
using System.Collections.Generic;
using System.Text;

namespace ProxyConnect.Squid.Syntax;

/// <summary>A node of the lossless tree: one or more whole physical lines, kept exactly as written.</summary>
/// <remarks>Nodes do not copy the text they were parsed from: they point into the document's source string, so
/// a parsed document costs little more than its text. Nodes are immutable; an edit makes new nodes.</remarks>
public abstract class SyntaxNode
{
    private static readonly IReadOnlyList<SyntaxDiagnostic> NoDiagnostics = Array.Empty<SyntaxDiagnostic>();

    private readonly string _source;
    private readonly int _start;

    private protected SyntaxNode(string source, int start, int length)
    {
        _source = source;
        _start = start;
        Length = length;
    }

    /// <summary>What this node is.</summary>
    public abstract SyntaxKind Kind { get; }

    /// <summary>The node's exact text, line endings included.</summary>
    public string Text => _start == 0 && Length == _source.Length ? _source : _source.Substring(_start, Length);

    /// <summary>Length of <see cref="Text"/> in characters.</summary>
    public int Length { get; }

    /// <summary>How many physical lines the node spans.</summary>
    /// <remarks>One for a comment or blank line, which is most of a config; only a directive keeps a count, so the
    /// node of every other line is a field smaller.</remarks>
    public virtual int PhysicalLineCount => 1;

    /// <summary>The ending of the node's last line: <c>"\n"</c>, <c>"\r\n"</c>, or empty at the end of the text.</summary>
    public string LineEnding
    {
        get
        {
            if (Length == 0 || _source[_start + Length - 1] != '\n')
            {
                return string.Empty;
            }

            return Length >= 2 && _source[_start + Length - 2] == '\r' ? "\r\n" : "\n";
        }
    }

    /// <summary>Problems in the text itself (see <see cref="SyntaxDiagnosticCodes"/>).</summary>
    public virtual IReadOnlyList<SyntaxDiagnostic> Diagnostics => NoDiagnostics;

    /// <summary>Returns <see cref="Text"/>.</summary>
    public override string ToString() => Text;

    internal string Source => _source;

    internal int Start => _start;

    internal void WriteTo(StringBuilder builder) => builder.Append(_source, _start, Length);

    internal char CharAt(int index) => _source[_start + index];
}
