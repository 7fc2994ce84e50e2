using System;
using System.Collections.Generic;
using System.Linq;
using ProxyConnect.Values;

namespace ProxyConnect.Squid.Knowledge;

/// <summary>
/// Everything ProxyConnect knows of what one Squid target accepts: the one place Squid's vocabulary lives. Lint, the
/// binder, the evaluator, editing checks, generation and the analyzers read it; nothing else lists directive names,
/// ACL types, predefined ACLs or port options. Built once per target from the generated tables; immutable.
/// </summary>
internal sealed class SquidKnowledge
{
    private static readonly Dictionary<SquidTarget, SquidKnowledge> Cache = new();
    private static readonly object CacheLock = new();

    private readonly Dictionary<string, DirectiveFact> _directives;
    private readonly Dictionary<string, AclTypeFact> _aclTypes;
    private readonly Dictionary<string, PredefinedAclFact> _predefined;
    private readonly Dictionary<string, PortOptionFact> _portOptions;
    private readonly Dictionary<SquidProblem, ProblemOutcome> _outcomes;

    internal SquidKnowledge(SquidTarget target, KnowledgeTables tables)
    {
        Target = target;
        _directives = tables.Directives.ToDictionary(d => d.Name, StringComparer.Ordinal);
        _aclTypes = tables.AclTypes.ToDictionary(t => t.Name, StringComparer.Ordinal);
        PredefinedAcls = tables.PredefinedAcls;
        _predefined = tables.PredefinedAcls.ToDictionary(a => a.Name, AclName.Comparer);
        _portOptions = tables.PortOptions.ToDictionary(o => o.Name, StringComparer.Ordinal);
        _outcomes = tables.Outcomes.ToDictionary(p => p.Key, p => p.Value);
    }

    /// <summary>The facts for <paramref name="target"/> (one instance per target, built on first use).</summary>
    /// <param name="target">The Squid to answer for.</param>
    /// <returns>Its knowledge.</returns>
    public static SquidKnowledge For(SquidTarget target)
    {
        if (target is null)
        {
            throw new ArgumentNullException(nameof(target));
        }

        lock (CacheLock)
        {
            if (!Cache.TryGetValue(target, out var knowledge))
            {
                knowledge = new SquidKnowledge(target, KnowledgeTables.ForMajor(target.Major));
                Cache[target] = knowledge;
            }

            return knowledge;
        }
    }

    /// <summary>The target these facts describe.</summary>
    public SquidTarget Target { get; }

    /// <summary>The ACLs this version defines by itself, in Squid's order.</summary>
    public IReadOnlyList<PredefinedAclFact> PredefinedAcls { get; }

    /// <summary>A directive by the name written in the config (canonical or alias), case-sensitive; <see langword="null"/> when unknown.
    /// The preprocessor words <c>include</c>, <c>if</c>, <c>else</c>, <c>endif</c> are not directives.</summary>
    public DirectiveFact? Directive(string name) => _directives.TryGetValue(name, out var d) ? d : null;

    /// <summary>An ACL type by name, case-sensitive; <see langword="null"/> when unknown to this version.</summary>
    public AclTypeFact? AclType(string type) => _aclTypes.TryGetValue(type, out var t) ? t : null;

    /// <summary>A predefined ACL by name (ACL names compare case-insensitively); <see langword="null"/> when this version does not define it.</summary>
    public PredefinedAclFact? PredefinedAcl(string name) => _predefined.TryGetValue(name, out var a) ? a : null;

    /// <summary>An <c>http_port</c> option by its word or key; <see langword="null"/> when unknown to this version.</summary>
    public PortOptionFact? PortOption(string wordOrKey) => _portOptions.TryGetValue(wordOrKey, out var o) ? o : null;

    /// <summary>Whether the target's build has <paramref name="feature"/>.</summary>
    public bool Has(SquidFeature feature) => feature != SquidFeature.OpenSsl || Target.OpenSsl;

    /// <summary>What this version does with <paramref name="problem"/>.</summary>
    public ProblemOutcome Outcome(SquidProblem problem) => _outcomes.TryGetValue(problem, out var o) ? o : ProblemOutcome.Fatal;

    /// <summary>The known major versions whose Squid knows directive <paramref name="name"/>, for messages such as
    /// "tls_key_log is new in Squid 6".</summary>
    public static IReadOnlyList<int> MajorsKnowingDirective(string name) =>
        SquidTarget.Known.Where(t => For(t).Directive(name) != null).Select(t => t.Major).ToArray();

    /// <summary>The known major versions whose Squid knows ACL type <paramref name="type"/>.</summary>
    public static IReadOnlyList<int> MajorsKnowingAclType(string type) =>
        SquidTarget.Known.Where(t => For(t).AclType(type) != null).Select(t => t.Major).ToArray();
}
