using System.Collections.Generic;

namespace ProxyConnect.Analysis.Evaluation;

/// <summary>
/// The compiled rules laid out for the walk as a few flat arrays (struct of arrays) instead of a graph of objects:
/// per rule whether it allows and where its ACL references start; per reference an ACL id with the negation bit; per
/// ACL id either a range of source intervals (plain <c>src</c> ACLs, matched inline) or the compiled ACL. A walk over
/// 100,000 rules then reads memory in order, so the cost per rule does not grow with the rule count.
/// </summary>
internal sealed class FlatRules
{
    /// <summary>The ACL id of a name that was not defined before its rule.</summary>
    public const int Undefined = 0;

    private FlatRules(bool[] allows, int[] aclStart, int[] aclRefs, CompiledAcl?[] acls, AclSlot[] slots, SourceInterval[] intervals, SourceIndex[] runs)
    {
        Allows = allows;
        AclStart = aclStart;
        AclRefs = aclRefs;
        Acls = acls;
        Slots = slots;
        Intervals = intervals;
        Runs = runs;
    }

    /// <summary>Per rule: <see langword="true"/> for allow.</summary>
    public bool[] Allows { get; }

    /// <summary>Per rule: where its references start in <see cref="AclRefs"/>; one more entry ends the last rule.</summary>
    public int[] AclStart { get; }

    /// <summary>Per ACL written on a rule: <c>(id &lt;&lt; 1) | negated</c>.</summary>
    public int[] AclRefs { get; }

    /// <summary>Per ACL id: the compiled ACL (<see langword="null"/> for <see cref="Undefined"/>).</summary>
    public CompiledAcl?[] Acls { get; }

    /// <summary>Per ACL id: its source intervals when it is matched inline.</summary>
    public AclSlot[] Slots { get; }

    /// <summary>The source intervals of every inline ACL, each ACL's in one range.</summary>
    public SourceInterval[] Intervals { get; }

    /// <summary>The sensor-rule runs answered by a binary search, in rule order.</summary>
    public SourceIndex[] Runs { get; }

    public static FlatRules Build(CompiledRule[] rules)
    {
        // CompiledAcl keeps reference equality (a sealed class without Equals), which is what identifies one ACL here.
        var ids = new Dictionary<CompiledAcl, int>();
        var acls = new List<CompiledAcl?> { null };
        var slots = new List<AclSlot> { AclSlot.General };
        var intervals = new List<SourceInterval>();
        var allows = new bool[rules.Length];
        var aclStart = new int[rules.Length + 1];
        var aclRefs = new List<int>();
        for (var r = 0; r < rules.Length; r++)
        {
            var rule = rules[r];
            allows[r] = rule.Action == ProxyConnect.Squid.Model.AccessAction.Allow;
            aclStart[r] = aclRefs.Count;
            for (var a = 0; a < rule.Acls.Length; a++)
            {
                var id = rule.Acls[a] is { } acl ? IdOf(acl, ids, acls, slots, intervals) : Undefined;
                aclRefs.Add((id << 1) | (rule.Negated[a] ? 1 : 0));
            }
        }

        aclStart[rules.Length] = aclRefs.Count;
        var runs = new List<SourceIndex>();
        foreach (var index in SourceIndex.Build(rules))
        {
            if (index is not null)
            {
                runs.Add(index);
            }
        }

        return new FlatRules(allows, aclStart, aclRefs.ToArray(), acls.ToArray(), slots.ToArray(), intervals.ToArray(), runs.ToArray());
    }

    /// <summary>Whether <paramref name="source"/> lies in one of the intervals of <paramref name="slot"/>.</summary>
    public bool InSource(AclSlot slot, Ip128 source)
    {
        var intervals = Intervals;
        for (var k = slot.From; k < slot.To; k++)
        {
            ref readonly var interval = ref intervals[k];
            if (source.CompareTo(interval.Low) >= 0 && source.CompareTo(interval.High) <= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int IdOf(CompiledAcl acl, Dictionary<CompiledAcl, int> ids, List<CompiledAcl?> acls, List<AclSlot> slots, List<SourceInterval> intervals)
    {
        if (ids.TryGetValue(acl, out var id))
        {
            return id;
        }

        id = acls.Count;
        ids.Add(acl, id);
        acls.Add(acl);
        if (acl.MatchesSourceAlone)
        {
            var from = intervals.Count;
            foreach (var (low, high) in acl.SourceIntervals)
            {
                intervals.Add(new SourceInterval(low, high));
            }

            slots.Add(new AclSlot(from, intervals.Count));
        }
        else
        {
            slots.Add(AclSlot.General);
        }

        return id;
    }
}
