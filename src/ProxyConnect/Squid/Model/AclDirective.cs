using System.Collections.Generic;
using System.Linq;
using ProxyConnect.Squid.Syntax;

namespace ProxyConnect.Squid.Model;

/// <summary><c>acl NAME TYPE [options] value…</c> or <c>acl NAME TYPE "file"</c>.</summary>
/// <remarks>ACL names compare case-insensitively, as in Squid; lines with the same name and type add values.</remarks>
public sealed record AclDirective : Directive
{
    /// <summary>The directive name, <c>acl</c>.</summary>
    public const string Keyword = "acl";

    internal AclDirective(DirectiveLine syntax, SourceLocation? location)
        : base(syntax, location)
    {
    }

    /// <summary>Creates a new <c>acl</c> line, not yet in a document.</summary>
    /// <param name="name">The ACL name.</param>
    /// <param name="type">The ACL type (<c>src</c>, <c>port</c>, …).</param>
    /// <param name="values">One or more values, one token each.</param>
    public AclDirective(string name, string type, params string[] values)
        : base(DirectiveLine.Create(Keyword, new[] { name, type }.Concat(values), LineFormat.Default), null)
    {
    }

    /// <summary>The ACL name (empty when missing).</summary>
    public string Name => Arg(0) ?? string.Empty;

    /// <summary>The ACL type (empty when missing).</summary>
    public string AclType => Arg(1) ?? string.Empty;

    /// <summary>Flags such as <c>-i</c> or <c>-n</c> that stand before the first value.</summary>
    public IReadOnlyList<string> Options => Parts.Options;

    /// <summary>The values (file references excluded). Quoted values are unquoted when
    /// <c>configuration_includes_quoted_values</c> is on.</summary>
    public IReadOnlyList<string> Values => Parts.Values;

    /// <summary>Files the values are read from: <c>"path"</c> (legacy form) or <c>parameters("path")</c>.</summary>
    public IReadOnlyList<string> FileReferences => Parts.Files;

    /// <summary>Whether this line defines <paramref name="aclName"/> (case-insensitive, as Squid compares).</summary>
    /// <param name="aclName">The name to compare.</param>
    public bool IsNamed(string aclName) => string.Equals(Name, aclName, System.StringComparison.OrdinalIgnoreCase);

    /// <summary>The value tokens as written, with their positions (options and file references left out).</summary>
    internal IReadOnlyList<SyntaxToken> ValueTokens => Parts.ValueTokens;

    /// <summary>Whether two views read the same line at the same place (the cache below is not part of equality).</summary>
    /// <param name="other">The other view.</param>
    public bool Equals(AclDirective? other) => base.Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();

    // Lint and the evaluator read options, values and files of the same line several times: split once per view.
    private (List<string> Options, List<string> Values, List<string> Files, List<SyntaxToken> ValueTokens) Parts => _partsCache ??= Split();

    private (List<string> Options, List<string> Values, List<string> Files, List<SyntaxToken> ValueTokens)? _partsCache;

    private (List<string> Options, List<string> Values, List<string> Files, List<SyntaxToken> ValueTokens) Split()
    {
        var options = new List<string>();
        var values = new List<string>();
        var files = new List<string>();
        var valueTokens = new List<SyntaxToken>();
        var tokens = Syntax.Arguments;
        var i = 2;
        for (; i < tokens.Count; i++)
        {
            var t = tokens[i].Text;
            if (t == "--")
            {
                i++;
                break;
            }

            if (t.Length == 0 || (t[0] != '-' && t[0] != '+'))
            {
                break;
            }

            options.Add(t);
        }

        for (; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (FileReference.TryRead(token, Syntax.QuotedValues, out var file))
            {
                files.Add(file!);
            }
            else
            {
                values.Add(Syntax.QuotedValues && token.IsQuoted ? token.Unquoted : token.Text);
                valueTokens.Add(token);
            }
        }

        return (options, values, files, valueTokens);
    }
}
