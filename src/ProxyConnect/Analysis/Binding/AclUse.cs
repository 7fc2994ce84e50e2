namespace ProxyConnect.Analysis.Binding;

/// <summary>An ACL named by an access rule: the word as written, its negation, and what it resolved to when Squid read
/// the rule (ACLs must be defined first).</summary>
internal readonly struct AclUse
{
    public AclUse(Word word, bool negated, AclSymbol? symbol, bool definedLater)
    {
        Word = word;
        IsNegated = negated;
        Symbol = symbol;
        DefinedLater = definedLater;
    }

    public Word Word { get; }

    public bool IsNegated { get; }

    /// <summary>The name without its <c>!</c> (empty for a lone <c>!</c>).</summary>
    public Word Name => IsNegated ? Word.From(1) : Word;

    /// <summary>The ACL defined before the rule, or <see langword="null"/>.</summary>
    public AclSymbol? Symbol { get; }

    /// <summary>Not defined before the rule but further down.</summary>
    public bool DefinedLater { get; }

    public AclUse WithDefinedLater() => new(Word, IsNegated, Symbol, true);
}
