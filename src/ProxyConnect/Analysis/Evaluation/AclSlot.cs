namespace ProxyConnect.Analysis.Evaluation;

/// <summary>Where an ACL's source intervals lie in <see cref="FlatRules.Intervals"/>, or <see cref="General"/> for an
/// ACL that is asked through <see cref="CompiledAcl.Match"/>.</summary>
internal readonly struct AclSlot
{
    public static readonly AclSlot General = new(-1, -1);

    public AclSlot(int from, int to)
    {
        From = from;
        To = to;
    }

    public int From { get; }

    public int To { get; }

    public bool IsInline => From >= 0;
}
