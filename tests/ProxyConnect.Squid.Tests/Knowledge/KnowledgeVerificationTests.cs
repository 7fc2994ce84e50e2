using ProxyConnect.Squid.Knowledge;
using ProxyConnect.Squid.Tests.Harness;
using Xunit.Abstractions;

namespace ProxyConnect.Squid.Tests.Knowledge;

/// <summary>
/// Every row of the generated knowledge base, checked against the real Squid of its version (Debian's GnuTLS build):
/// names Squid must know are not reported unknown, names of the other versions that this one lacks are, features
/// the build lacks are reported as missing. Many probes share one <c>-k parse</c> run (<see cref="ProbeBatch"/>).
/// </summary>
public class KnowledgeVerificationTests(ITestOutputHelper output)
{
    private static SquidKnowledge KnowledgeOf(int major) => SquidKnowledge.For(SquidTarget.Known[major - SquidTarget.OldestMajor]);

    private static IEnumerable<SquidKnowledge> Others(int major) =>
        SquidTarget.Known.Where(t => t.Major != major).Select(SquidKnowledge.For);

    /// <summary>Each directive name (canonical, alias, obsolete) is recognised; a directive whose build option
    /// Debian lacks says what it requires, and one Debian has does not.</summary>
    /// <param name="major">The Squid major.</param>
    [SkippableTheory]
    [MemberData(nameof(SquidVersions.Majors), MemberType = typeof(SquidVersions))]
    public void Every_directive_is_recognised(int major)
    {
        var squid = SquidVersions.Require(major);
        var knowledge = KnowledgeOf(major);
        var facts = knowledge.Directives.OrderBy(d => d.Name, StringComparer.Ordinal).ToList();

        var outcomes = Probe(squid, [], facts.Select(d => $"{d.Name} {Samples.ForValueType(d.ValueType)}").ToList());

        var problems = new List<string>();
        for (var i = 0; i < facts.Count; i++)
        {
            var (fact, outcome) = (facts[i], outcomes[i]);
            if (outcome.Says("unrecognized"))
            {
                problems.Add($"{fact.Name} is unknown to {squid}: {outcome}");
            }
            else if (!fact.IsObsolete && knowledge.Has(fact.Feature) == outcome.Says($"'{fact.CanonicalName}' requires"))
            {
                problems.Add($"{fact.Name} has Feature {fact.Feature}, but {squid} says: {outcome}");
            }
            else if (fact.IsObsolete && !outcome.Says("obsolete"))
            {
                problems.Add($"{fact.Name} is obsolete in the table, but {squid} says: {outcome}");
            }
        }

        output.WriteLine($"{facts.Count} directive names checked on {squid}");
        problems.Should().BeEmpty();
    }

    /// <summary>Directive names only other versions know are unknown to this one.</summary>
    /// <param name="major">The Squid major.</param>
    [SkippableTheory]
    [MemberData(nameof(SquidVersions.Majors), MemberType = typeof(SquidVersions))]
    public void Directives_of_other_versions_are_unknown(int major)
    {
        var squid = SquidVersions.Require(major);
        var knowledge = KnowledgeOf(major);
        var foreign = Others(major).SelectMany(k => k.Directives).Where(d => knowledge.Directive(d.Name) == null)
            .GroupBy(d => d.Name).Select(g => g.First()).OrderBy(d => d.Name, StringComparer.Ordinal).ToList();

        var outcomes = Probe(squid, [], foreign.Select(d => $"{d.Name} {Samples.ForValueType(d.ValueType)}").ToList());

        output.WriteLine($"{foreign.Count} names of other versions checked on {squid}: {string.Join(", ", foreign.Select(d => d.Name))}");
        outcomes.Where(o => !o.Says("unrecognized")).Should().BeEmpty("these names are not in the {0} table", squid);
    }

    /// <summary>Each ACL type is accepted when the build has its feature and refused as invalid otherwise; types
    /// only other versions know are refused.</summary>
    /// <param name="major">The Squid major.</param>
    [SkippableTheory]
    [MemberData(nameof(SquidVersions.Majors), MemberType = typeof(SquidVersions))]
    public void Every_acl_type_is_accepted_and_foreign_ones_refused(int major)
    {
        var squid = SquidVersions.Require(major);
        var knowledge = KnowledgeOf(major);
        var own = knowledge.AclTypes.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var foreign = Others(major).SelectMany(k => k.AclTypes).Select(t => t.Name).Distinct()
            .Where(n => knowledge.AclType(n) == null).Order(StringComparer.Ordinal).ToList();
        var probes = own.Select((t, i) => $"acl pxc_t{i} {t.Name} {Samples.ForAclType(t.Name)}")
            .Concat(foreign.Select((n, i) => $"acl pxc_f{i} {n} {Samples.ForAclType(n)}")).ToList();

        var outcomes = Probe(squid, Samples.AclPreamble, probes);

        var problems = new List<string>();
        for (var i = 0; i < own.Count; i++)
        {
            if (knowledge.Has(own[i].Feature) == outcomes[i].Says("invalid ACL type"))
            {
                problems.Add($"{own[i].Name} (Feature {own[i].Feature}): {outcomes[i]}");
            }
        }

        problems.AddRange(outcomes.Skip(own.Count).Where(o => !o.Says("invalid ACL type")).Select(o => $"foreign type accepted: {o}"));
        var refusedValues = outcomes.Take(own.Count).Count(o => o.Stopped);
        output.WriteLine($"{own.Count} types and {foreign.Count} foreign types ({string.Join(", ", foreign)}) on {squid}; {refusedValues} samples refused for their value");
        problems.Should().BeEmpty();
    }

    /// <summary>Each flag of each type is accepted; <c>-i</c> is refused by the value kinds that do not list it
    /// (addresses, ports, domains, methods, protocols: the <c>dstdomain -i</c> mistake).</summary>
    /// <param name="major">The Squid major.</param>
    [SkippableTheory]
    [MemberData(nameof(SquidVersions.Majors), MemberType = typeof(SquidVersions))]
    public void Acl_flags_are_accepted_and_unlisted_case_flags_refused(int major)
    {
        var squid = SquidVersions.Require(major);
        var knowledge = KnowledgeOf(major);
        var available = knowledge.AclTypes.Where(t => knowledge.Has(t.Feature)).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var withFlags = available.SelectMany(t => t.Options.Select(o => (Type: t.Name, Flag: o))).ToList();
        AclValueKind[] strict = [AclValueKind.Address, AclValueKind.Port, AclValueKind.Domain, AclValueKind.Method, AclValueKind.Protocol];
        var refusing = available.Where(t => strict.Contains(t.ValueKind) && !t.Options.Contains("-i")).Select(t => t.Name).ToList();
        var probes = withFlags.Select((p, i) => $"acl pxc_o{i} {p.Type} {p.Flag} {Samples.ForAclType(p.Type)}")
            .Concat(refusing.Select((t, i) => $"acl pxc_r{i} {t} -i {Samples.ForAclType(t)}")).ToList();

        var outcomes = Probe(squid, Samples.AclPreamble, probes);

        var accepted = outcomes.Take(withFlags.Count).Where(o => o.Says("unsupported ACL option")).Select(o => $"listed flag refused: {o}");
        var refused = outcomes.Skip(withFlags.Count).Where(o => !o.Says("unsupported ACL option")).Select(o => $"-i accepted: {o}");
        output.WriteLine($"{withFlags.Count} type/flag pairs accepted, -i refused by {refusing.Count} types on {squid}");
        accepted.Concat(refused).Should().BeEmpty();
    }

    /// <summary>Each predefined ACL can be used without a definition and has the type the table says (appending a
    /// value of that type is no type clash); names predefined only by other versions or builds are not defined.</summary>
    /// <param name="major">The Squid major.</param>
    [SkippableTheory]
    [MemberData(nameof(SquidVersions.Majors), MemberType = typeof(SquidVersions))]
    public void Predefined_acls_exist_and_others_do_not(int major)
    {
        var squid = SquidVersions.Require(major);
        var knowledge = KnowledgeOf(major);
        var own = knowledge.PredefinedAcls;
        var notHere = SquidTarget.Known.Select(t => SquidKnowledge.For(t.WithOpenSsl(true))).SelectMany(k => k.PredefinedAcls)
            .Select(a => a.Name).Distinct().Where(n => knowledge.PredefinedAcl(n) == null).ToList();
        var probes = own.Select(a => $"http_access deny {a.Name}")
            .Concat(own.Select(a => $"acl {a.Name} {a.Type} {a.Values.Last()}"))
            .Concat(notHere.Select(n => $"http_access deny {n}")).ToList();

        var outcomes = Probe(squid, [], probes);

        var problems = outcomes.Take(own.Count * 2).Where(o => o.Says("not found") || o.Says("different type") || o.Stopped)
            .Select(o => $"predefined: {o}")
            .Concat(outcomes.Skip(own.Count * 2).Where(o => !o.Says("ACL not found")).Select(o => $"defined but not in the table: {o}"));
        output.WriteLine($"{own.Count} predefined ({string.Join(", ", own.Select(a => a.Name))}), {notHere.Count} not defined ({string.Join(", ", notHere)}) on {squid}");
        problems.Should().BeEmpty();
    }

    /// <summary>Each http_port option is accepted (with accel when it needs it) when the build has its feature and
    /// unknown otherwise; options of other versions are unknown; an accel-only option without accel does what
    /// <see cref="PortOptionFact.WithoutAccel"/> says.</summary>
    /// <param name="major">The Squid major.</param>
    [SkippableTheory]
    [MemberData(nameof(SquidVersions.Majors), MemberType = typeof(SquidVersions))]
    public void Port_options_are_accepted_and_foreign_ones_refused(int major)
    {
        var squid = SquidVersions.Require(major);
        var knowledge = KnowledgeOf(major);
        var own = knowledge.PortOptions.OrderBy(o => o.Name, StringComparer.Ordinal).ToList();
        var foreign = Others(major).SelectMany(k => k.PortOptions).Where(o => knowledge.PortOption(o.Name) == null)
            .GroupBy(o => o.Name).Select(g => g.First()).ToList();
        var accelOnly = own.Where(o => o.NeedsAccel && knowledge.Has(o.Feature)).ToList();
        var port = 20000;
        var probes = own.Select(o => $"http_port 127.0.0.1:{port++}{(o.NeedsAccel ? " accel" : string.Empty)} {Word(o)}")
            .Concat(foreign.Select(o => $"http_port 127.0.0.1:{port++} {Word(o)}"))
            .Concat(accelOnly.Select(o => $"http_port 127.0.0.1:{port++} {Word(o)}")).ToList();

        var outcomes = Probe(squid, [], probes);

        var problems = new List<string>();
        for (var i = 0; i < own.Count; i++)
        {
            if (knowledge.Has(own[i].Feature) == outcomes[i].Says("Unknown http_port option"))
            {
                problems.Add($"{own[i].Name} (Feature {own[i].Feature}): {outcomes[i]}");
            }
        }

        problems.AddRange(outcomes.Skip(own.Count).Take(foreign.Count).Where(o => !o.Says("Unknown http_port option")).Select(o => $"foreign option accepted: {o}"));
        var withoutAccel = outcomes.Skip(own.Count + foreign.Count).ToList();
        for (var i = 0; i < accelOnly.Count; i++)
        {
            var measured = withoutAccel[i].Says("FATAL") ? ProblemOutcome.Fatal : withoutAccel[i].Messages.Count > 0 ? ProblemOutcome.Warning : ProblemOutcome.Ignored;
            if (measured != accelOnly[i].WithoutAccel)
            {
                problems.Add($"{accelOnly[i].Name} without accel: table {accelOnly[i].WithoutAccel}, measured {measured}: {withoutAccel[i]}");
            }
        }

        output.WriteLine($"{own.Count} options, {foreign.Count} foreign ({string.Join(", ", foreign.Select(o => o.Name))}), {accelOnly.Count} accel-only on {squid}");
        problems.Should().BeEmpty();
    }

    private static string Word(PortOptionFact option) =>
        option.TakesValue && !option.ValueOptional || option.IsPrefix ? Samples.ForPortOption(option.Name) : option.Name;

    private IReadOnlyList<ProbeOutcome> Probe(SquidInstall squid, IReadOnlyList<string> preamble, IReadOnlyList<string> probes)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var outcomes = ProbeBatch.Run(squid, preamble, probes, out var runs);
        output.WriteLine($"{probes.Count} probes, {runs} squid -k parse runs, {clock.Elapsed.TotalSeconds:F1} s");
        return outcomes;
    }
}
