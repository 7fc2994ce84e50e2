namespace ProxyConnect.Analysis.Evaluation;

/// <summary>Squid's <c>http_access</c> walk over compiled rules: rules in order, first match wins, ACLs on a line
/// ANDed left to right, a definite mismatch anywhere makes the line fail, no match gives the opposite of the last
/// rule, no rules at all gives deny. The walk reads the <see cref="FlatRules"/> arrays; runs of sensor-like rules are
/// answered by their <see cref="SourceIndex"/> unless a trace is being recorded (the trace walks, to name every rule
/// tried).</summary>
internal static class DecisionLoop
{
    public static AccessDecision Decide(CompiledAccessRules owner, CompiledRule[] rules, FlatRules flat, AccessRequest request, ref MatchContext context, TraceStep[]? steps)
    {
        var allows = flat.Allows;
        var starts = flat.AclStart;
        var refs = flat.AclRefs;
        var acls = flat.Acls;
        var slots = flat.Slots;
        var runs = flat.Runs;
        var source = request.SourceBits;
        var nextRun = 0;
        for (var r = 0; r < allows.Length; r++)
        {
            // Jumps below stay inside the run, so every run's first rule is reached, in order.
            if (steps is null && nextRun < runs.Length && runs[nextRun].First == r)
            {
                var index = runs[nextRun++];
                var hit = index.Find(source);
                if (hit < 0)
                {
                    r = index.Last;
                    continue;
                }

                r = hit;
            }

            var from = starts[r];
            var to = starts[r + 1];
            var unknownAt = -1;
            string? unknownReason = null;
            var failedAt = -1;
            for (var i = from; i < to; i++)
            {
                var reference = refs[i];
                var id = reference >> 1;
                var slot = slots[id];
                AclMatch m;
                string? reason = null;
                if (slot.IsInline)
                {
                    // The sensor ACLs of a long walked list take the shortest way: no kind switch, no assumption.
                    m = slot.Kind == AclSlotKind.Source && !slot.NotesDefaultTarget
                        ? (flat.InSource(slot, source) ? AclMatch.Match : AclMatch.NoMatch)
                        : flat.MatchInline(slot, request, ref context);
                }
                else if (acls[id] is { } acl)
                {
                    m = acl.Match(request, ref context, out reason);
                }
                else
                {
                    m = AclMatch.Unknown;
                    reason = $"ACL '{rules[r].Written[i - from].TrimStart('!')}' is not defined before this rule here (it may come from an include that was not followed, or this Squid version does not predefine it)";
                }

                if ((reference & 1) != 0)
                {
                    m = m == AclMatch.Match ? AclMatch.NoMatch : m == AclMatch.NoMatch ? AclMatch.Match : m;
                }

                if (m == AclMatch.NoMatch)
                {
                    // A definite mismatch anywhere makes the whole AND false, even after an undecidable ACL.
                    failedAt = i - from;
                    break;
                }

                if (m == AclMatch.AuthRequired && unknownAt < 0)
                {
                    Record(steps, r, new TraceStep(r, i - from, AccessRuleOutcome.AuthenticationRequired));
                    return new AccessDecision(AccessVerdict.Denied, null, false, reason, true, owner, request, r + 1, context.Assumptions);
                }

                if (m != AclMatch.Match && unknownAt < 0)
                {
                    unknownAt = i - from;
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
                return new AccessDecision(AccessVerdict.Indeterminate, null, false, $"{rules[r].Info.Location}: {unknownReason}", false, owner, request, r + 1, context.Assumptions);
            }

            Record(steps, r, new TraceStep(r, to - from - 1, AccessRuleOutcome.Matched));
            var verdict = allows[r] ? AccessVerdict.Allowed : AccessVerdict.Denied;
            return new AccessDecision(verdict, rules[r].Info, false, null, false, owner, request, r + 1, context.Assumptions);
        }

        if (allows.Length == 0)
        {
            return new AccessDecision(AccessVerdict.Denied, null, true, null, false, owner, request, 0, context.Assumptions);
        }

        var implicitVerdict = allows[allows.Length - 1] ? AccessVerdict.Denied : AccessVerdict.Allowed;
        return new AccessDecision(implicitVerdict, null, true, null, false, owner, request, allows.Length, context.Assumptions);
    }

    private static void Record(TraceStep[]? steps, int rule, TraceStep step)
    {
        if (steps != null)
        {
            steps[rule] = step;
        }
    }
}
