using System.Linq;
using ProxyConnect.Squid.Syntax;

namespace ProxyConnect.Squid.Model;

/// <summary><c>auth_param scheme parameter value…</c>, for example <c>auth_param basic realm Sensors</c>.</summary>
public sealed record AuthParamDirective : Directive
{
    /// <summary>The directive name, <c>auth_param</c>.</summary>
    public const string Keyword = "auth_param";

    internal AuthParamDirective(DirectiveLine syntax, SourceLocation? location)
        : base(syntax, location)
    {
    }

    /// <summary>Creates a new <c>auth_param</c> line, not yet in a document.</summary>
    /// <param name="scheme">The scheme (<c>basic</c>, <c>digest</c>, …).</param>
    /// <param name="parameter">The parameter (<c>program</c>, <c>realm</c>, …).</param>
    /// <param name="values">The value tokens.</param>
    public AuthParamDirective(string scheme, string parameter, params string[] values)
        : base(DirectiveLine.Create(Keyword, new[] { scheme, parameter }.Concat(values), LineFormat.Default), null)
    {
    }

    /// <summary>The authentication scheme.</summary>
    public string Scheme => Arg(0) ?? string.Empty;

    /// <summary>The parameter name.</summary>
    public string Parameter => Arg(1) ?? string.Empty;

    /// <summary>The value: the rest of the logical line after the parameter. Squid reads <c>realm</c> to the end
    /// of the line, so a <c>#</c> there is part of the value.</summary>
    public string Value
    {
        get
        {
            var tokens = Syntax.Arguments;
            if (tokens.Count < 2)
            {
                return string.Empty;
            }

            // Offsets in the logical text: find the end of the parameter token and take the rest.
            var logical = Syntax.LogicalText;
            var at = IndexOfToken(logical, 3);
            return at < 0 ? string.Empty : logical.Substring(at).TrimEnd(' ', '\t');
        }
    }

    private static int IndexOfToken(string logical, int argumentIndex)
    {
        // Token 0 is the directive name; skip name + argumentIndex tokens.
        var i = 0;
        for (var skipped = 0; skipped <= argumentIndex; skipped++)
        {
            while (i < logical.Length && (logical[i] == ' ' || logical[i] == '\t'))
            {
                i++;
            }

            if (skipped == argumentIndex)
            {
                return i < logical.Length ? i : -1;
            }

            while (i < logical.Length && logical[i] != ' ' && logical[i] != '\t')
            {
                i++;
            }
        }

        return -1;
    }
}
