using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Analysis.Binding;

/// <summary>One <c>acl</c> line as bound: its name and type words, options, values (parsed for their kind) and
/// <c>"file"</c> references, and the ACL it adds to.</summary>
/// <remarks>Arrays rather than read-only list interfaces: the rules walk them for every line, and a foreach over an
/// interface allocates an enumerator each time.</remarks>
internal sealed class AclDefinition : DirectiveSite
{
    public AclDefinition(
        DirectiveStart start,
        AclDefinitionStatus status,
        Word? nameWord,
        Word? typeWord,
        AclTypeFact? type,
        AclSymbol? symbol,
        Word[] options,
        AclValue[] values,
        (Word Word, string Path)[] files,
        bool authConfigured = false)
        : base(start)
    {
        AuthConfigured = authConfigured;
        Status = status;
        NameWord = nameWord;
        TypeWord = typeWord;
        Type = type;
        Symbol = symbol;
        Options = options;
        Values = values;
        Files = files;
    }

    /// <summary>The line itself, as a site.</summary>
    public DirectiveSite Site => this;

    public AclDefinitionStatus Status { get; }

    public Word? NameWord { get; }

    public Word? TypeWord { get; }

    /// <summary>The type as the target knows it; <see langword="null"/> when it does not.</summary>
    public AclTypeFact? Type { get; }

    /// <summary>The ACL the line adds to (for a conflict: the existing ACL of the other type).</summary>
    public AclSymbol? Symbol { get; }

    public Word[] Options { get; }

    public AclValue[] Values { get; }

    public (Word Word, string Path)[] Files { get; }

    /// <summary>Whether an authentication scheme with a helper program was configured before this line.</summary>
    public bool AuthConfigured { get; }
}
