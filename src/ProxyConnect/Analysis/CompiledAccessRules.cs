using System;
using System.Collections.Generic;
using System.Linq;
using ProxyConnect.Analysis.Evaluation;
using ProxyConnect.Analysis.Binding;
using ProxyConnect.Analysis.Lint;
using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;
using ProxyConnect.Squid.Model;
using ProxyConnect.Values;

namespace ProxyConnect.Analysis;

/// <summary>The <c>http_access</c> rules of a config, compiled once: ACLs resolved and values parsed, so that each
/// <see cref="Evaluate"/> is one pass over the rules with no parsing. Immutable and safe to share between threads.</summary>
public sealed class CompiledAccessRules
{
    private readonly CompiledRule[] _rules;
    private readonly FlatRules _flat;
    private readonly string? _configError;

    private CompiledAccessRules(CompiledRule[] rules, string? configError, SquidTarget target, bool targetGiven)
    {
        _rules = rules;
        _flat = FlatRules.Build(rules);
        _configError = configError;
        Target = target;
        TargetGiven = targetGiven;
    }

    /// <summary>The rules as the walk reads them (for tests that compare the inline answers with the general ones).</summary>
    internal FlatRules Flat => _flat;

    /// <summary>The Squid these rules were compiled for: its predefined ACLs and URL parsing are used.</summary>
    public SquidTarget Target { get; }

    /// <summary>Whether the caller named the target (otherwise it is <see cref="SquidTarget.Newest"/>, and answers that
    /// depend on a predefined ACL say so).</summary>
    internal bool TargetGiven { get; }

    /// <summary>How many valid <c>http_access</c> rules take part (skipped lines and inactive branches excluded).</summary>
    public int RuleCount => _rules.Length;

    /// <summary>Why Squid would refuse to start with this config (the first error lint finds), or
    /// <see langword="null"/>. Every evaluation of such a config is <see cref="AccessVerdict.Indeterminate"/>.</summary>
    public string? ConfigError => _configError;

    /// <summary>Decides a request: rules in order, first match wins, ACLs on a line ANDed left to right, no match
    /// gives the opposite of the last rule, no rules at all gives deny.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The decision.</returns>
    public AccessDecision Evaluate(AccessRequest request)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        if (_configError is not null)
        {
            return new AccessDecision(AccessVerdict.Indeterminate, null, false, "Squid would refuse this config: " + _configError, false, this, request, 0, Assumption.None);
        }

        var context = new MatchContext(Target.Major, TargetGiven);
        return DecisionLoop.Decide(this, _rules, _flat, request, ref context, steps: null);
    }

    /// <summary>The steps of the decision for <paramref name="request"/>, recorded on a second run: evaluation is
    /// deterministic, and recording on every call would cost an array as long as the rule list per decision.</summary>
    internal (TraceStep[] Steps, int Count) TraceOf(AccessRequest request)
    {
        var steps = new TraceStep[_rules.Length];
        var context = new MatchContext(Target.Major, TargetGiven);
        return (steps, _configError is null ? DecisionLoop.Decide(this, _rules, _flat, request, ref context, steps).StepCount : 0);
    }

    /// <summary>Compiles the rules of a bound config: its ACLs (predefined ones from the target's facts) and its valid
    /// rules with their ACLs as Squid resolved them. <paramref name="configError"/> is why Squid would refuse the config
    /// (the first lint error), which makes every answer indeterminate.</summary>
    internal static CompiledAccessRules Compile(BoundConfig bound, string? configError, bool targetGiven)
    {
        var acls = new Dictionary<AclSymbol, CompiledAcl>();
        foreach (var symbol in bound.Acls.Symbols)
        {
            var compiled = symbol.Predefined is { } predefined
                ? PredefinedAcls.Compile(predefined)
                : new CompiledAcl(symbol.Name, symbol.Type.CanonicalName);
            foreach (var definition in symbol.Definitions)
            {
                compiled.Add((AclDirective)definition.Site.View());
            }

            acls.Add(symbol, compiled);
        }

        var rules = new List<CompiledRule>();
        foreach (var line in bound.AccessLines)
        {
            if (!line.IsRule)
            {
                continue;
            }

            var n = line.Uses.Length;
            var resolved = new CompiledAcl?[n];
            var negated = new bool[n];
            var written = new string[n];
            for (var i = 0; i < n; i++)
            {
                var use = line.Uses[i];
                written[i] = use.Word.Text;
                negated[i] = use.IsNegated;
                resolved[i] = use.Symbol is null ? null : acls[use.Symbol];
            }

            rules.Add(new CompiledRule(new AccessRule(line.Site.Location, line.Site.Node.LogicalText, line.Action), resolved, negated, written));
        }

        return new CompiledAccessRules(rules.ToArray(), configError, bound.Target, targetGiven);
    }

    /// <summary>Binds, checks and compiles in one go: the first lint error of the same bound config is the config error.</summary>
    internal static CompiledAccessRules Compile(BoundConfig bound, bool targetGiven)
    {
        var firstError = Linter.FirstError(bound);
        return Compile(bound, firstError is null ? null : $"{firstError.Location}: {firstError.Id}: {firstError.Message}", targetGiven);
    }

    internal AccessRuleTrace Describe(TraceStep step)
    {
        var rule = _rules[step.Rule];
        var acl = step.Acl >= 0 && step.Acl < rule.Written.Length ? rule.Written[step.Acl] : string.Empty;
        return new AccessRuleTrace(rule.Info, step.Outcome, acl);
    }
}
