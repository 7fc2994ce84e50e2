namespace ProxyConnect.Analysis.Evaluation;

/// <summary>One range of ports of an inline <c>port</c> ACL, both ends included.</summary>
internal readonly struct PortInterval
{
    public PortInterval(int first, int last)
    {
        First = first;
        Last = last;
    }

    public int First { get; }

    public int Last { get; }
}
