using System.Collections.Generic;
using System.Linq;
using ProxyConnect.Squid.Syntax;

namespace ProxyConnect.Squid.Model;

/// <summary><c>include pattern…</c>: files (glob patterns) parsed in place. A <c>#</c> here is part of a name.</summary>
public sealed record IncludeDirective : Directive
{
    /// <summary>The directive name, <c>include</c>.</summary>
    public const string Keyword = "include";

    internal IncludeDirective(DirectiveLine syntax, SourceLocation? location)
        : base(syntax, location)
    {
    }

    /// <summary>Creates a new <c>include</c> line, not yet in a document.</summary>
    /// <param name="patterns">Paths or glob patterns.</param>
    public IncludeDirective(params string[] patterns)
        : base(DirectiveLine.Create(Keyword, patterns, LineFormat.Default), null)
    {
    }

    /// <summary>The paths or glob patterns, quotes removed.</summary>
    public IReadOnlyList<string> Patterns => Syntax.Arguments.Select(a => a.Unquoted).ToList();
}
