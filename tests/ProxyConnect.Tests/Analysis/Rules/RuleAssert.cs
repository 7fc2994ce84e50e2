using ProxyConnect.Analysis;
using ProxyConnect.Analysis.Binding;
using ProxyConnect.Analysis.Lint;
using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>What every rule test checks: a config triggers the id exactly once at a place with a severity, and a
/// similar config does not trigger it. Knowledge is the target's own unless a test states the facts it relies on.</summary>
internal static class RuleAssert
{
    public const string DenyAll = "http_access deny all\n";

    public static IReadOnlyList<LintFinding> Lint(string text, SquidKnowledge? knowledge = null) =>
        Linter.Run(Binder.Bind(SquidConfig.Parse(text, "t.conf"), knowledge ?? SquidKnowledge.For(SquidTarget.Newest), followIncludes: false));

    public static LintFinding Triggers(string id, string text, Severity severity, int line, int column, SquidKnowledge? knowledge = null)
    {
        var findings = Lint(text, knowledge);
        var f = findings.Where(x => x.Id == id).Should().ContainSingle(because: string.Join("\n", findings)).Subject;
        f.Severity.Should().Be(severity);
        f.Location.Should().Be(new SourceLocation("t.conf", line, column));
        f.Length.Should().BeGreaterThan(0);
        return f;
    }

    public static void Clean(string id, string text, SquidKnowledge? knowledge = null) =>
        Lint(text, knowledge).Should().NotContain(x => x.Id == id);
}

/// <summary>Knowledge with facts a test states itself, so that a rule's test does not depend on the generated tables.</summary>
internal static class TestKnowledge
{
    /// <summary>The target's facts with these port options instead of its own.</summary>
    public static SquidKnowledge WithPortOptions(SquidTarget target, params PortOptionFact[] options) => With(target, portOptions: options);

    /// <summary>The target's facts with these options for ACL <paramref name="type"/> (and for the predefined ACLs' types,
    /// which tells lint that the facts list options at all).</summary>
    public static SquidKnowledge WithAclOptions(SquidTarget target, string type, params string[] options)
    {
        var real = KnowledgeTables.ForMajor(target.Major);
        var types = real.AclTypes.Select(t => t.Name == type || real.PredefinedAcls.Any(p => p.Type == t.Name)
            ? t with { Options = t.Name == type ? options : new[] { "-i", "+i" } }
            : t).ToArray();
        return new SquidKnowledge(target, new KnowledgeTables(real.Version, real.Directives, types, real.PredefinedAcls, real.PortOptions, real.Outcomes));
    }

    public static SquidKnowledge With(SquidTarget target, IReadOnlyList<PortOptionFact>? portOptions = null, IReadOnlyList<DirectiveFact>? directives = null,
        IReadOnlyDictionary<SquidProblem, ProblemOutcome>? outcomes = null)
    {
        var real = KnowledgeTables.ForMajor(target.Major);
        return new SquidKnowledge(target, new KnowledgeTables(real.Version, directives ?? real.Directives, real.AclTypes, real.PredefinedAcls, portOptions ?? real.PortOptions, outcomes is null ? real.Outcomes : OutcomeTable(outcomes)));
    }

    /// <summary>Exactly these outcomes; every problem not given is fatal, as for a table that does not list it.</summary>
    private static ProblemOutcome[] OutcomeTable(IReadOnlyDictionary<SquidProblem, ProblemOutcome> outcomes)
    {
        var table = Enum.GetValues<SquidProblem>().Select(p => outcomes.TryGetValue(p, out var o) ? o : ProblemOutcome.Fatal).ToArray();
        Enum.GetValues<SquidProblem>().Select(p => (int)p).Should().Equal(Enumerable.Range(0, table.Length), "the table is indexed by the problem");
        return table;
    }

    /// <summary>A few port options as Squid documents them, enough for the port rules.</summary>
    public static readonly PortOptionFact[] SomePortOptions =
    {
        new("accel", false, false, SquidFeature.None),
        new("intercept", false, false, SquidFeature.None),
        new("transparent", false, false, SquidFeature.None),
        new("tproxy", false, false, SquidFeature.None),
        new("name", true, false, SquidFeature.None),
        new("tcpkeepalive", true, false, SquidFeature.None, ValueOptional: true),
        new("tls-cert", true, false, SquidFeature.None),
        new("defaultsite", true, true, SquidFeature.None, WithoutAccel: ProblemOutcome.Fatal),
        new("vhost", false, true, SquidFeature.None, WithoutAccel: ProblemOutcome.Warning),
        new("ssl-bump", false, false, SquidFeature.OpenSsl),
    };
}
