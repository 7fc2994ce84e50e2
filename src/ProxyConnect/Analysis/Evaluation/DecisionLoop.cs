using ProxyConnect.Squid.Model;

namespace ProxyConnect.Analysis.Evaluation;

/// <summary>Squid's <c>http_access</c> walk over compiled rules: rules in order, first match wins, ACLs on a line
/// ANDed left to right, a definite mismatch anywhere makes the line fail, no match gives the opposite of the last
/// rule, no rules at all gives deny. Runs of sensor-like rules are answered by their <see cref="SourceIndex"/>
/// unless a trace is being recorded (the trace walks, to name every rule tried).</summary>
internal static class DecisionLoop
{
    public static AccessDecision Decide(CompiledAccessRules owner, CompiledRule[] rules, SourceIndex?[] indexes, AccessRequest request, ref MatchContext context, TraceStep[]? steps)
    {
        for (var r = 0; r < rules.Length; r++)
        {
            if (steps is null && indexes[r] is { } index)
            {
                var hit = index.Find(request.SourceBits);
                if (hit < 0)
                {
                    r = index.Last;
                    continue;
                }

                r = hit;
            }

            var rule = rules[r];
            var acls = rule.Acls;
            var unknownAt = -1;
            string? unknownReason = null;
            var failedAt = -1;
            for (var a = 0; a < acls.Length; a++)
            {
                var acl = acls[a];
                AclMatch m;
                string? reason;
                if (acl is null)
                {
                    m = AclMatch.Unknown;
                    reason = $"ACL '{rule.Written[a].TrimStart('!')}' is not defined before this rule here (it may come from an include that was not followed, or this Squid version does not predefine it)";
                }
                else
                {
                    m = acl.Match(request, ref context, out reason);
                    if (rule.Negated[a])
                    {
                        m = m == AclMatch.Match ? AclMatch.NoMatch : m == AclMatch.NoMatch ? AclMatch.Match : m;
                    }
                }

                if (m == AclMatch.NoMatch)
                {
                    // A definite mismatch anywhere makes the whole AND false, even after an undecidable ACL.
                    failedAt = a;
                    break;
                }

                if (m == AclMatch.AuthRequired && unknownAt < 0)
                {
                    Record(steps, r, new TraceStep(r, a, AccessRuleOutcome.AuthenticationRequired));
                    return new AccessDecision(AccessVerdict.Denied, null, false, reason, true, owner, request, r + 1, context.Assumptions);
                }

                if (m != AclMatch.Match && unknownAt < 0)
                {
                    unknownAt = a;
                    unknownReason = reason;
                }
            }

            if (failedAt >= 0)
            {
                Record(steps, r, new TraceStep(r, failedAt, AccessRuleOutcome.NotMatched));
                continue;
            }

            if (unknownAt >= 0)
            {
                Record(steps, r, new TraceStep(r, unknownAt, AccessRuleOutcome.Unknown));
                return new AccessDecision(AccessVerdict.Indeterminate, null, false, $"{rule.Info.Location}: {unknownReason}", false, owner, request, r + 1, context.Assumptions);
            }

            Record(steps, r, new TraceStep(r, acls.Length - 1, AccessRuleOutcome.Matched));
            var verdict = rule.Action == AccessAction.Allow ? AccessVerdict.Allowed : AccessVerdict.Denied;
            return new AccessDecision(verdict, rule.Info, false, null, false, owner, request, r + 1, context.Assumptions);
        }

        if (rules.Length == 0)
        {
            return new AccessDecision(AccessVerdict.Denied, null, true, null, false, owner, request, 0, context.Assumptions);
        }

        var implicitVerdict = rules[rules.Length - 1].Action == AccessAction.Allow ? AccessVerdict.Denied : AccessVerdict.Allowed;
        return new AccessDecision(implicitVerdict, null, true, null, false, owner, request, rules.Length, context.Assumptions);
    }

    private static void Record(TraceStep[]? steps, int rule, TraceStep step)
    {
        if (steps != null)
        {
            steps[rule] = step;
        }
    }
}
