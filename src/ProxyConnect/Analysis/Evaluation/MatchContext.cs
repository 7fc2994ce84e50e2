namespace ProxyConnect.Analysis.Evaluation;

/// <summary>What one evaluation carries from ACL to ACL: the Squid major version, whether it was chosen by the
/// caller, and the assumptions made so far. A struct passed by reference, so the hot path allocates nothing.</summary>
internal struct MatchContext
{
    public MatchContext(int major, bool targetGiven)
    {
        Major = major;
        TargetGiven = targetGiven;
        Assumptions = Assumption.None;
    }

    public int Major { get; }

    public bool TargetGiven { get; }

    public Assumption Assumptions { get; set; }
}
