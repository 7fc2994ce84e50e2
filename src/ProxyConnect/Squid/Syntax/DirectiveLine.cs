using System;
using System.Collections.Generic;
using System.Text;

namespace ProxyConnect.Squid.Syntax;

/// <summary>A directive: one logical line, which may run over several physical lines joined by a trailing
/// <c>\</c>, with comment and blank lines inside the continuation kept in place.</summary>
/// <remarks>The scanner only finds where the node starts and ends; its tokens are parsed by Sprache the first
/// time they are asked for, so a document that is only read and written back never pays for tokenizing.</remarks>
public sealed class DirectiveLine : SyntaxNode
{
    private DirectiveParts? _parts;

    internal DirectiveLine(string source, int start, int length, int physicalLineCount, bool quotedValues, bool openAtEndOfFile)
        : base(source, start, length)
    {
        PhysicalLineCount = physicalLineCount;
        QuotedValues = quotedValues;
        IsOpenAtEndOfFile = openAtEndOfFile;
    }

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Directive;

    /// <inheritdoc/>
    public override int PhysicalLineCount { get; }

    /// <summary>The directive name as written (Squid matches it case-sensitively).</summary>
    public string Name => Parts.Name?.Text ?? string.Empty;

    /// <summary>The directive name token, or <see langword="null"/> when the logical line is empty.</summary>
    public SyntaxToken? NameToken => Parts.Name;

    /// <summary>The parameters after the name, up to an inline comment.</summary>
    public IReadOnlyList<SyntaxToken> Arguments => Parts.Arguments;

    /// <summary>The inline comment (from <c>#</c> to the end of the logical line), if any.</summary>
    public SyntaxToken? InlineComment => Parts.Comment;

    /// <summary>The blanks before the directive name on its first line.</summary>
    public string Indentation => Parts.Indentation;

    /// <summary>The line as Squid reads it: continuations joined (no blank is added at a joint), the first CR
    /// and what follows it dropped, indentation removed.</summary>
    public string LogicalText => Parts.Logical;

    /// <summary>Whether the directive runs over more than one physical line.</summary>
    public bool IsContinued => PhysicalLineCount > 1;

    /// <summary>Whether the file ended while a continuation was still open (Squid discards such a line).</summary>
    public bool IsOpenAtEndOfFile { get; }

    /// <summary>Whether <c>configuration_includes_quoted_values on</c> was in force where this line stands.</summary>
    public bool QuotedValues { get; }

    /// <inheritdoc/>
    public override IReadOnlyList<SyntaxDiagnostic> Diagnostics => Parts.Diagnostics;

    /// <summary>The separator used before the first argument (the blanks after the name), or a single space.</summary>
    public string Separator => Arguments.Count > 0 && Arguments[0].LeadingWhitespace.Length > 0 ? Arguments[0].LeadingWhitespace : " ";

    private DirectiveParts Parts => _parts ??= DirectiveParts.Parse(this);

    /// <summary>Renders a new single-line directive.</summary>
    /// <param name="name">The directive name.</param>
    /// <param name="arguments">Its parameters, each one token.</param>
    /// <param name="format">Indentation, separator and line ending to use.</param>
    /// <param name="comment">An optional inline comment (without the <c>#</c>).</param>
    /// <exception cref="ArgumentException">A name or argument is empty, holds a blank, a line break, a control
    /// character, or starts with <c>#</c>: it would change the structure of the file.</exception>
    public static DirectiveLine Create(string name, IEnumerable<string> arguments, LineFormat format, string? comment = null)
    {
        if (format is null)
        {
            throw new ArgumentNullException(nameof(format));
        }

        var builder = new StringBuilder(format.Indentation);
        CheckToken(name, nameof(name));
        builder.Append(name);
        foreach (var argument in arguments)
        {
            CheckToken(argument, nameof(arguments));
            builder.Append(format.Separator).Append(argument);
        }

        if (comment != null)
        {
            if (comment.IndexOf('\n') >= 0 || comment.IndexOf('\r') >= 0)
            {
                throw new ArgumentException("An inline comment must not contain a line break.", nameof(comment));
            }

            builder.Append(format.Separator).Append('#').Append(comment.Length > 0 ? " " + comment : string.Empty);
        }

        builder.Append(format.LineEnding);
        var text = builder.ToString();
        return new DirectiveLine(text, 0, text.Length, 1, quotedValues: false, openAtEndOfFile: false);
    }

    internal DirectiveLine WithQuotedValues(bool quotedValues) =>
        quotedValues == QuotedValues ? this : new DirectiveLine(Source, Start, Length, PhysicalLineCount, quotedValues, IsOpenAtEndOfFile);

    private static void CheckToken(string token, string paramName)
    {
        if (string.IsNullOrEmpty(token))
        {
            throw new ArgumentException("A directive name or argument must not be empty.", paramName);
        }

        if (token[0] == '#')
        {
            throw new ArgumentException($"'{token}' starts with '#', which would turn the rest of the line into a comment.", paramName);
        }

        foreach (var c in token)
        {
            if (c == ' ' || c == '\t' || char.IsControl(c))
            {
                throw new ArgumentException($"'{Printable(token)}' contains a blank or a control character; each argument must be one token.", paramName);
            }
        }
    }

    private static string Printable(string s) => s.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t");
}
