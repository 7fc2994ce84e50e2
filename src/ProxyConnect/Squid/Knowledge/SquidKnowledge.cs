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
    private readonly PortOptionFact[] _portOptionPrefixes;
    private readonly ProblemOutcome[] _outcomes;

    internal SquidKnowledge(SquidTarget target, KnowledgeTables tables)
    {
        Target = target;
        _directives = ByName(tables.Directives, d => d.Name, StringComparer.Ordinal);
        Version = tables.Version;
        // Directives, ACL types and port options keep their Feature for the caller to check with Has(), so that a
        // message can say "needs an OpenSSL build" instead of "unknown". Squid itself refuses an ACL type or port
        // option its build lacks as unknown (fatal), and ignores a directive it lacks with an ERROR line.
        // Predefined ACLs a build lacks do not exist at all, so they are left out here.
        _aclTypes = ByName(tables.AclTypes, t => t.Name, StringComparer.Ordinal);
        PredefinedAcls = tables.PredefinedAcls.Where(a => Has(a.Feature)).ToArray();
        _predefined = ByName(PredefinedAcls, a => a.Name, AclName.Comparer);
        _portOptions = tables.PortOptions.Where(o => !o.IsPrefix).ToDictionary(o => o.Name, StringComparer.Ordinal);
        _portOptionPrefixes = tables.PortOptions.Where(o => o.IsPrefix).ToArray();
        _outcomes = tables.Outcomes;
    }

    /// <summary>A table by name, built in a plain loop: this runs at the start of every lint, where LINQ's generic
    /// machinery costs the native tool more than the work itself.</summary>
    private static Dictionary<string, T> ByName<T>(IReadOnlyList<T> facts, Func<T, string> name, StringComparer comparer)
    {
        var table = new Dictionary<string, T>(facts.Count, comparer);
        for (var i = 0; i < facts.Count; i++)
        {
            table.Add(name(facts[i]), facts[i]);
        }

        return table;
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

    /// <summary>The Squid release the facts were generated from (<c>6.13</c> for any 6.x target).</summary>
    public string Version { get; }

    /// <summary>Every directive name this version recognises (canonical names, aliases and obsolete names).</summary>
    public IEnumerable<DirectiveFact> Directives => _directives.Values;

    /// <summary>Every ACL type this version registers in some build (check <see cref="AclTypeFact.Feature"/> with <see cref="Has"/>).</summary>
    public IEnumerable<AclTypeFact> AclTypes => _aclTypes.Values;

    /// <summary>Every <c>http_port</c> option this version knows in some build, families as their prefix (check <see cref="PortOptionFact.Feature"/> with <see cref="Has"/>).</summary>
    public IEnumerable<PortOptionFact> PortOptions => _portOptions.Values.Concat(_portOptionPrefixes);

    /// <summary>The ACLs this version defines by itself, in Squid's order.</summary>
    public IReadOnlyList<PredefinedAclFact> PredefinedAcls { get; }

    /// <summary>A directive by the name written in the config (canonical or alias), case-sensitive; <see langword="null"/> when unknown.
    /// The preprocessor words <c>include</c>, <c>if</c>, <c>else</c>, <c>endif</c> are not directives.</summary>
    public DirectiveFact? Directive(string name) => _directives.TryGetValue(name, out var d) ? d : null;

    /// <summary>An ACL type by name, case-sensitive; <see langword="null"/> when unknown to this version. A type the
    /// target's build lacks is returned: check <see cref="AclTypeFact.Feature"/> with <see cref="Has"/>.</summary>
    public AclTypeFact? AclType(string type) => _aclTypes.TryGetValue(type, out var t) ? t : null;

    /// <summary>A predefined ACL by name (ACL names compare case-insensitively); <see langword="null"/> when this version does not define it.</summary>
    public PredefinedAclFact? PredefinedAcl(string name) => _predefined.TryGetValue(name, out var a) ? a : null;

    /// <summary>An <c>http_port</c> option by its word or key (<c>tls-cert</c> finds the <c>tls-</c> family);
    /// <see langword="null"/> when unknown to this version. Check <see cref="PortOptionFact.Feature"/> with <see cref="Has"/>.</summary>
    public PortOptionFact? PortOption(string wordOrKey)
    {
        if (_portOptions.TryGetValue(wordOrKey, out var o))
        {
            return o;
        }

        foreach (var prefix in _portOptionPrefixes)
        {
            if (wordOrKey.StartsWith(prefix.Name, StringComparison.Ordinal))
            {
                return prefix;
            }
        }

        return null;
    }

    /// <summary>Whether the target's build has <paramref name="feature"/>.</summary>
    public bool Has(SquidFeature feature) => feature switch
    {
        SquidFeature.OpenSsl => Target.OpenSsl,
        SquidFeature.NotInDebian => false,
        _ => true,
    };

    /// <summary>What this version does with <paramref name="problem"/>.</summary>
    public ProblemOutcome Outcome(SquidProblem problem) => (uint)problem < (uint)_outcomes.Length ? _outcomes[(int)problem] : ProblemOutcome.Fatal;

    /// <summary>The known major versions whose Squid knows directive <paramref name="name"/>, for messages such as
    /// "tls_key_log is new in Squid 6".</summary>
    public static IReadOnlyList<int> MajorsKnowingDirective(string name) =>
        SquidTarget.Known.Where(t => For(t).Directive(name) != null).Select(t => t.Major).ToArray();

    /// <summary>Some known version accepts directive <paramref name="name"/> as a live (not obsolete) directive,
    /// under its name or an alias; editing refuses any other name whatever the target.</summary>
    public static bool AnyVersionKnowsDirective(string name) =>
        SquidTarget.Known.Any(t => For(t).Directive(name) is { IsObsolete: false });

    /// <summary>The current name of ACL type <paramref name="type"/> in the newest version that knows it
    /// (<c>myip</c> is <c>localip</c>), or <paramref name="type"/> itself when no version knows it.</summary>
    public static string CanonicalAclType(string type)
    {
        for (var i = SquidTarget.Known.Count - 1; i >= 0; i--)
        {
            if (For(SquidTarget.Known[i]).AclType(type) is { } fact)
            {
                return fact.CanonicalName;
            }
        }

        return type;
    }

    /// <summary>The known major versions whose Squid knows ACL type <paramref name="type"/>.</summary>
    public static IReadOnlyList<int> MajorsKnowingAclType(string type) =>
        SquidTarget.Known.Where(t => For(t).AclType(type) != null).Select(t => t.Major).ToArray();
}
