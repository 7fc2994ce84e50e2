using System.Collections.Generic;
using System.Linq;
using ProxyConnect.Squid.Syntax;

namespace ProxyConnect.Squid.Model;

/// <summary><c>http_access allow|deny [!]acl…</c>: the ACLs on one line are ANDed; the first matching rule wins.</summary>
public sealed record HttpAccessDirective : Directive
{
    /// <summary>The directive name, <c>http_access</c>.</summary>
    public const string Keyword = "http_access";

    internal HttpAccessDirective(DirectiveLine syntax, SourceLocation? location)
        : base(syntax, location)
    {
    }

    /// <summary>Creates a new rule, not yet in a document.</summary>
    /// <param name="action">Allow or deny.</param>
    /// <param name="acls">ACL names, each optionally prefixed with <c>!</c>.</param>
    public HttpAccessDirective(AccessAction action, params string[] acls)
        : base(DirectiveLine.Create(Keyword, new[] { ActionWord(action) }.Concat(acls), LineFormat.Default), null)
    {
    }

    /// <summary>The action; <see cref="AccessAction.Invalid"/> unless the word is exactly <c>allow</c> or <c>deny</c>.</summary>
    public AccessAction Action => Arg(0) switch
    {
        "allow" => AccessAction.Allow,
        "deny" => AccessAction.Deny,
        _ => AccessAction.Invalid,
    };

    /// <summary>The action word as written.</summary>
    public string ActionText => Arg(0) ?? string.Empty;

    /// <summary>The ACLs of the rule, in order.</summary>
    public IReadOnlyList<AclReference> Acls => Syntax.Arguments.Skip(1).Select(a => AclReference.Parse(a.Text)).ToList();

    internal static string ActionWord(AccessAction action) => action switch
    {
        AccessAction.Allow => "allow",
        AccessAction.Deny => "deny",
        _ => throw new System.ArgumentOutOfRangeException(nameof(action), action, "An access rule is either allow or deny."),
    };
}
