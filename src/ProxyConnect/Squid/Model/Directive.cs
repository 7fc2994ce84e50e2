using System.Collections.Generic;
using System.Linq;
using ProxyConnect.Squid.Syntax;

namespace ProxyConnect.Squid.Model;

/// <summary>A typed, read-only view of one directive line. A view owns no text: it reads its syntax node.</summary>
public abstract record Directive
{
    private protected Directive(DirectiveLine syntax, SourceLocation? location)
    {
        Syntax = syntax;
        Location = location;
    }

    /// <summary>The lossless syntax node this view reads.</summary>
    public DirectiveLine Syntax { get; }

    /// <summary>Where the directive starts, or <see langword="null"/> for a directive not yet in a document.</summary>
    public SourceLocation? Location { get; }

    /// <summary>The directive name (<c>acl</c>, <c>http_access</c>, …).</summary>
    public string DirectiveName => Syntax.Name;

    /// <summary>The parameters after the name, as written.</summary>
    public IReadOnlyList<string> Arguments => Syntax.Arguments.Select(a => a.Text).ToList();

    /// <summary>The 1-based line of the directive, or 0 when it is not in a document.</summary>
    public int Line => Location?.Line ?? 0;

    /// <summary>The line as Squid reads it.</summary>
    public sealed override string ToString() => Syntax.LogicalText;

    /// <summary>Creates the typed view that fits the directive's name.</summary>
    internal static Directive From(DirectiveLine syntax, SourceLocation? location) => syntax.Name switch
    {
        AclDirective.Keyword => new AclDirective(syntax, location),
        HttpAccessDirective.Keyword => new HttpAccessDirective(syntax, location),
        HttpPortDirective.Keyword => new HttpPortDirective(syntax, location),
        IncludeDirective.Keyword => new IncludeDirective(syntax, location),
        AuthParamDirective.Keyword => new AuthParamDirective(syntax, location),
        CachePeerDirective.Keyword => new CachePeerDirective(syntax, location),
        "if" or "else" or "endif" => new ConditionalDirective(syntax, location),
        _ => new GenericDirective(syntax, location),
    };

    /// <summary>Argument <paramref name="index"/>, or <see langword="null"/> when there are fewer.</summary>
    private protected string? Arg(int index) => index < Syntax.Arguments.Count ? Syntax.Arguments[index].Text : null;

    private protected IReadOnlyList<string> ArgsFrom(int index) =>
        Syntax.Arguments.Skip(index).Select(a => a.Text).ToList();
}
