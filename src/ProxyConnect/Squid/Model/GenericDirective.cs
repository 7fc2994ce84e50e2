using System.Collections.Generic;
using ProxyConnect.Squid.Syntax;

namespace ProxyConnect.Squid.Model;

/// <summary>Any directive without a typed view of its own: its name and arguments as written.</summary>
public sealed record GenericDirective : Directive
{
    internal GenericDirective(DirectiveLine syntax, SourceLocation? location)
        : base(syntax, location)
    {
    }

    /// <summary>Creates a new directive line, not yet in a document.</summary>
    /// <param name="name">The directive name.</param>
    /// <param name="arguments">Its arguments, one token each.</param>
    public GenericDirective(string name, params string[] arguments)
        : base(DirectiveLine.Create(name, arguments, LineFormat.Default), null)
    {
    }
}
