namespace ProxyConnect.Analysis.Evaluation;

/// <summary>One rule tried, kept compact so that an evaluation allocates little; <see cref="AccessDecision.Trace"/>
/// turns the steps into records only when asked.</summary>
internal readonly struct TraceStep
{
    public TraceStep(int rule, int acl, AccessRuleOutcome outcome)
    {
        Rule = rule;
        Acl = acl;
        Outcome = outcome;
    }

    public int Rule { get; }

    public int Acl { get; }

    public AccessRuleOutcome Outcome { get; }
}
