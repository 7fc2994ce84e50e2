namespace ProxyConnect.Analysis.Evaluation;

/// <summary>One interval of source addresses.</summary>
internal readonly struct SourceInterval
{
    public SourceInterval(Ip128 low, Ip128 high)
    {
        Low = low;
        High = high;
    }

    public Ip128 Low { get; }

    public Ip128 High { get; }
}
