using ProxyConnect.Values;

namespace ProxyConnect.Analysis.Binding;

/// <summary>One value of an <c>acl</c> line, read once by the binder with the parser its type's value kind calls for.</summary>
internal readonly struct AclValue
{
    public AclValue(Word word, string text, SquidAddress? address, string? error)
    {
        Word = word;
        Text = text;
        Address = address;
        Error = error;
    }

    public Word Word { get; }

    /// <summary>The value (unquoted when quoted values are on).</summary>
    public string Text { get; }

    /// <summary>The parsed address, for an address type's value the parser warns about (the rules read nothing
    /// else of it; the evaluator parses values itself); <see langword="null"/> for a clean one.</summary>
    public SquidAddress? Address { get; }

    /// <summary>Why Squid refuses the value, or <see langword="null"/>.</summary>
    public string? Error { get; }
}
