using ProxyConnect.Analysis.Evaluation.Patterns;

namespace ProxyConnect.Analysis.Evaluation;

/// <summary>The strings a request to "some host" can produce: a prefix, any host as Squid keeps it (lower-case
/// name characters, or a bracketed IPv6 address), a suffix. Wider than real host names, which can only make an
/// answer Indeterminate, never wrong.</summary>
internal static class HostFamily
{
    private static readonly ByteSet NameBytes = ByteSet.Range('a', 'z').Union(ByteSet.Range('0', '9')).Union(ByteSet.Of(".-_"));
    private static readonly ByteSet IPv6Bytes = ByteSet.Range('0', '9').Union(ByteSet.Range('a', 'f')).Union(ByteSet.Of(":."));

    /// <summary>The strings of a family, given by its key.</summary>
    public static EreNode Of(FamilyKey key)
    {
        if (key.HostOnly)
        {
            return Around(string.Empty, string.Empty);
        }

        var (prefix, suffix) = RequestUrl.Around(key);
        return Around(prefix, suffix);
    }

    /// <summary>Whether a host as Squid keeps it is one of the family's hosts.</summary>
    public static bool Holds(string host)
    {
        if (host.Length > 2 && host[0] == '[' && host[host.Length - 1] == ']')
        {
            for (var i = 1; i < host.Length - 1; i++)
            {
                if (!IPv6Bytes.Contains(host[i]))
                {
                    return false;
                }
            }

            return true;
        }

        foreach (var c in host)
        {
            if (!NameBytes.Contains(c))
            {
                return false;
            }
        }

        return host.Length > 0;
    }

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
