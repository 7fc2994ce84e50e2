using ProxyConnect.Analysis.Evaluation.Patterns;

namespace ProxyConnect.Analysis.Evaluation;

/// <summary>The strings a request to "some host" can produce: a prefix, any host as Squid keeps it (lower-case
/// name characters, or a bracketed IPv6 address), a suffix. Wider than real host names, which can only make an
/// answer Indeterminate, never wrong.</summary>
internal static class HostFamily
{
    private static readonly ByteSet NameBytes = ByteSet.Range('a', 'z').Union(ByteSet.Range('0', '9')).Union(ByteSet.Of(".-_"));
    private static readonly ByteSet IPv6Bytes = ByteSet.Range('0', '9').Union(ByteSet.Range('a', 'f')).Union(ByteSet.Of(":."));

    public static EreNode Around(string prefix, string suffix)
    {
        var host = new EreAlternation(new EreNode[]
        {
            new EreRepeat(new EreSet(NameBytes), 1, null),
            new EreConcat(new EreNode[] { new EreSet(ByteSet.Of('[')), new EreRepeat(new EreSet(IPv6Bytes), 1, null), new EreSet(ByteSet.Of(']')) }),
        });
        var items = new System.Collections.Generic.List<EreNode>();
        Literal(prefix, items);
        items.Add(host);
        Literal(SquidRegexList.AsBytes(suffix), items);
        return new EreConcat(items);
    }

    private static void Literal(string text, System.Collections.Generic.List<EreNode> items)
    {
        foreach (var c in text)
        {
            items.Add(new EreSet(ByteSet.Of(c)));
        }
    }
}
