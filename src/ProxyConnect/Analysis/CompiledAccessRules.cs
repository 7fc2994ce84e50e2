using System;
using System.Collections.Generic;
using System.Linq;
using ProxyConnect.Analysis.Evaluation;
using ProxyConnect.Analysis.Internal;
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
    private readonly SourceIndex?[] _indexes;
    private readonly string? _configError;

    private CompiledAccessRules(CompiledRule[] rules, string? configError, SquidTarget target, bool targetGiven)
    {
        _rules = rules;
        _indexes = SourceIndex.Build(rules);
        _configError = configError;
        Target = target;
        TargetGiven = targetGiven;
    }

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
        return DecisionLoop.Decide(this, _rules, _indexes, request, ref context, steps: null);
    }

    /// <summary>The steps of the decision for <paramref name="request"/>, recorded on a second run: evaluation is
    /// deterministic, and recording on every call would cost an array as long as the rule list per decision.</summary>
    internal (TraceStep[] Steps, int Count) TraceOf(AccessRequest request)
    {
        var steps = new TraceStep[_rules.Length];
        var context = new MatchContext(Target.Major, TargetGiven);
        return (steps, _configError is null ? DecisionLoop.Decide(this, _rules, _indexes, request, ref context, steps).StepCount : 0);
    }

    internal static CompiledAccessRules Compile(FlatConfig flat, SquidTarget? target = null)
    {
        var squid = target ?? SquidTarget.Newest;
        var firstError = Linter.Run(flat).FirstOrDefault(f => f.Severity == Severity.Error);
        var configError = firstError is null ? null : $"{firstError.Location}: {firstError.Id}: {firstError.Message}";

        var acls = PredefinedAcls.For(squid);

        var rules = new List<CompiledRule>();
        foreach (var line in flat.Lines)
        {
            if (!line.Active)
            {
                continue;
            }

            switch (line.View)
            {
                case AclDirective acl when acl.Name.Length > 0 && acl.AclType.Length > 0:
                    var type = AclTypes.Canonical(acl.AclType);
                    if (!acls.TryGetValue(acl.Name, out var compiled))
                    {
                        compiled = new CompiledAcl(acl.Name, type);
                        acls.Add(acl.Name, compiled);
                    }

                    if (compiled.Type == type)
                    {
                        compiled.Add(acl);
                    }

                    break;
                case HttpAccessDirective access when access.Action != AccessAction.Invalid && access.Syntax.Arguments.Count > 1:
                    var tokens = access.Syntax.Arguments;
                    var n = tokens.Count - 1;
                    var resolved = new CompiledAcl?[n];
                    var negated = new bool[n];
                    var written = new string[n];
                    for (var i = 0; i < n; i++)
                    {
                        var reference = AclReference.Parse(tokens[i + 1].Text);
                        written[i] = tokens[i + 1].Text;
                        negated[i] = reference.IsNegated;
                        resolved[i] = acls.TryGetValue(reference.Name, out var found) ? found : null;
                    }

                    rules.Add(new CompiledRule(new AccessRule(line.Location, access.Syntax.LogicalText, access.Action), resolved, negated, written));
                    break;
            }
        }

        return new CompiledAccessRules(rules.ToArray(), configError, squid, target is not null);
    }

    internal AccessRuleTrace Describe(TraceStep step)
    {
        var rule = _rules[step.Rule];
        var acl = step.Acl >= 0 && step.Acl < rule.Written.Length ? rule.Written[step.Acl] : string.Empty;
        return new AccessRuleTrace(rule.Info, step.Outcome, acl);
    }
}
