using ProxyConnect.Squid.Syntax;

namespace ProxyConnect.Squid.Model;

/// <summary><c>if EXPR</c>, <c>else</c> or <c>endif</c>: the preprocessor's conditionals.</summary>
public sealed record ConditionalDirective : Directive
{
    internal ConditionalDirective(DirectiveLine syntax, SourceLocation? location)
        : base(syntax, location)
    {
    }

    /// <summary><c>if</c>, <c>else</c> or <c>endif</c>.</summary>
    public string Keyword => DirectiveName;

    /// <summary>The condition of an <c>if</c> (the rest of the line), empty for <c>else</c> and <c>endif</c>.</summary>
    public string Expression => Keyword == "if" && Syntax.LogicalText.Length > 2 ? Syntax.LogicalText.Substring(2).Trim(' ', '\t') : string.Empty;
}
