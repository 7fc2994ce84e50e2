using System.Collections.Generic;

namespace ProxyConnect.Analysis.Evaluation;

/// <summary>
/// The compiled rules laid out for the walk as a few flat arrays (struct of arrays) instead of a graph of objects:
/// per rule whether it allows and where its ACL references start; per reference an ACL id with the negation bit; per
/// ACL id either a range of inline values (source intervals of plain <c>src</c> ACLs and <c>all</c>, port ranges,
/// method names) or the compiled ACL. A walk over 100,000 rules then reads memory in order, so the cost per rule does
/// not grow with the rule count; and the stock rules in front of the sensors (<c>!Safe_ports</c>,
/// <c>CONNECT !SSL_ports</c>, <c>localhost</c>, <c>all</c>) are answered by a comparison or two each.
/// </summary>
internal sealed class FlatRules
{
    /// <summary>The ACL id of a name that was not defined before its rule.</summary>
    public const int Undefined = 0;

    /// <summary>Up to this many names a method ACL is compared name by name; a larger one keeps its hash set.</summary>
    private const int InlineMethodLimit = 8;

    private FlatRules(bool[] allows, int[] aclStart, int[] aclRefs, CompiledAcl?[] acls, AclSlot[] slots, SourceInterval[] intervals, PortInterval[] portRanges, string[] methods, SourceIndex[] runs)
    {
        PortRanges = portRanges;
        Methods = methods;
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

    /// <summary>The port ranges of every inline port ACL, each ACL's in one range.</summary>
    public PortInterval[] PortRanges { get; }

    /// <summary>The names of every inline method ACL, each ACL's in one range.</summary>
    public string[] Methods { get; }

    /// <summary>The sensor-rule runs answered by a binary search, in rule order.</summary>
    public SourceIndex[] Runs { get; }

    public static FlatRules Build(CompiledRule[] rules)
    {
        // CompiledAcl keeps reference equality (a sealed class without Equals), which is what identifies one ACL here.
        var ids = new Dictionary<CompiledAcl, int>();
        var acls = new List<CompiledAcl?> { null };
        var slots = new List<AclSlot> { AclSlot.General };
        var values = new InlineValues();
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
                var id = rule.Acls[a] is { } acl ? IdOf(acl, ids, acls, slots, values) : Undefined;
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

        return new FlatRules(allows, aclStart, aclRefs.ToArray(), acls.ToArray(), slots.ToArray(), values.Intervals.ToArray(), values.Ports.ToArray(), values.Methods.ToArray(), runs.ToArray());
    }

    /// <summary>The inline answer of <paramref name="slot"/> to <paramref name="request"/>, with the assumption
    /// <see cref="CompiledAcl.Match"/> would note.</summary>
    public AclMatch MatchInline(AclSlot slot, AccessRequest request, ref MatchContext context)
    {
        if (slot.NotesDefaultTarget && !context.TargetGiven)
        {
            context.Assumptions |= Assumption.DefaultTarget;
        }

        var found = slot.Kind switch
        {
            AclSlotKind.Source => InSource(slot, request.SourceBits),
            AclSlotKind.Port => InPorts(slot, request.Port),
            _ => InMethods(slot, request.Method),
        };
        return found ? AclMatch.Match : AclMatch.NoMatch;
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

    private bool InPorts(AclSlot slot, int port)
    {
        var ranges = PortRanges;
        for (var k = slot.From; k < slot.To; k++)
        {
            if (port >= ranges[k].First && port <= ranges[k].Last)
            {
                return true;
            }
        }

        return false;
    }

    private bool InMethods(AclSlot slot, string method)
    {
        var methods = Methods;
        for (var k = slot.From; k < slot.To; k++)
        {
            if (string.Equals(methods[k], method, System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int IdOf(CompiledAcl acl, Dictionary<CompiledAcl, int> ids, List<CompiledAcl?> acls, List<AclSlot> slots, InlineValues values)
    {
        if (ids.TryGetValue(acl, out var id))
        {
            return id;
        }

        id = acls.Count;
        ids.Add(acl, id);
        acls.Add(acl);
        slots.Add(values.SlotOf(acl));
        return id;
    }

    /// <summary>The value arrays while they are filled.</summary>
    private sealed class InlineValues
    {
        public List<SourceInterval> Intervals { get; } = new();

        public List<PortInterval> Ports { get; } = new();

        public List<string> Methods { get; } = new();

        public AclSlot SlotOf(CompiledAcl acl)
        {
            if (acl.InlineSources is { } sources)
            {
                var from = Intervals.Count;
                foreach (var (low, high) in sources)
                {
                    Intervals.Add(new SourceInterval(low, high));
                }

                return new AclSlot(AclSlotKind.Source, from, Intervals.Count, acl.NotesDefaultTarget);
            }

            if (acl.InlinePorts is { } ports)
            {
                var from = Ports.Count;
                foreach (var (first, last) in ports)
                {
                    Ports.Add(new PortInterval(first, last));
                }

                return new AclSlot(AclSlotKind.Port, from, Ports.Count, acl.NotesDefaultTarget);
            }

            if (acl.InlineMethods(InlineMethodLimit) is { } methods)
            {
                var from = Methods.Count;
                Methods.AddRange(methods);
                return new AclSlot(AclSlotKind.Method, from, Methods.Count, acl.NotesDefaultTarget);
            }

            return AclSlot.General;
        }
    }
}
