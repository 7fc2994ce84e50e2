using System;
using System.Collections.Generic;
using System.Linq;
using ProxyConnect.Analysis.Evaluation;
using ProxyConnect.Analysis.Binding;
using ProxyConnect.Analysis.Lint;
using ProxyConnect.Squid;
using ProxyConnect.Squid.Model;
using ProxyConnect.Values;

namespace ProxyConnect.Analysis;

/// <summary>The <c>http_access</c> rules of a config, compiled once: ACLs resolved and values parsed, so that each
/// <see cref="Evaluate"/> is one pass over the rules with no parsing. Immutable and safe to share between threads.</summary>
public sealed class CompiledAccessRules
{
    private readonly CompiledRule[] _rules;
    private readonly string? _configError;

    private CompiledAccessRules(CompiledRule[] rules, string? configError)
    {
        _rules = rules;
        _configError = configError;
    }

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
            return new AccessDecision(AccessVerdict.Indeterminate, null, false, "Squid would refuse this config: " + _configError, false, this, request, 0);
        }

        return Decide(request, steps: null);
    }

    /// <summary>The steps of the decision for <paramref name="request"/>, recorded on a second run: evaluation is
    /// deterministic, and recording on every call would cost an array as long as the rule list per decision.</summary>
    internal (TraceStep[] Steps, int Count) TraceOf(AccessRequest request)
    {
        var steps = new TraceStep[_rules.Length];
        return (steps, _configError is null ? Decide(request, steps).StepCount : 0);
    }

    private AccessDecision Decide(AccessRequest request, TraceStep[]? steps)
    {
        for (var r = 0; r < _rules.Length; r++)
        {
            var rule = _rules[r];
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
                    reason = $"ACL '{rule.Written[a].TrimStart('!')}' is not defined before this rule here (it may come from an include that was not followed)";
                }
                else
                {
                    m = acl.Match(request, out reason);
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
                    return new AccessDecision(AccessVerdict.Denied, null, false, reason, true, this, request, r + 1);
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
                return new AccessDecision(AccessVerdict.Indeterminate, null, false, $"{rule.Info.Location}: {unknownReason}", false, this, request, r + 1);
            }

            Record(steps, r, new TraceStep(r, acls.Length - 1, AccessRuleOutcome.Matched));
            var verdict = rule.Action == AccessAction.Allow ? AccessVerdict.Allowed : AccessVerdict.Denied;
            return new AccessDecision(verdict, rule.Info, false, null, false, this, request, r + 1);
        }

        if (_rules.Length == 0)
        {
            return new AccessDecision(AccessVerdict.Denied, null, true, null, false, this, request, 0);
        }

        var implicitVerdict = _rules[_rules.Length - 1].Action == AccessAction.Allow ? AccessVerdict.Denied : AccessVerdict.Allowed;
        return new AccessDecision(implicitVerdict, null, true, null, false, this, request, _rules.Length);
    }

    private static void Record(TraceStep[]? steps, int rule, TraceStep step)
    {
        if (steps != null)
        {
            steps[rule] = step;
        }
    }

    /// <summary>Compiles the rules of a bound config: its ACLs (predefined ones from the target's facts) and its valid
    /// rules with their ACLs as Squid resolved them. <paramref name="configError"/> is why Squid would refuse the config
    /// (the first lint error), which makes every answer indeterminate.</summary>
    internal static CompiledAccessRules Compile(BoundConfig bound, string? configError)
    {
        var acls = new Dictionary<AclSymbol, CompiledAcl>();
        foreach (var symbol in bound.Acls.Symbols)
        {
            var type = symbol.Type.CanonicalName;
            var compiled = symbol.Predefined is { } predefined
                ? CompiledAcl.Predefined(symbol.Name, type, predefined.Values.ToArray())
                : new CompiledAcl(symbol.Name, type);
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

        return new CompiledAccessRules(rules.ToArray(), configError);
    }

    /// <summary>Binds, checks and compiles in one go: the first lint error of the same bound config is the config error.</summary>
    internal static CompiledAccessRules Compile(BoundConfig bound)
    {
        var firstError = Linter.FirstError(bound);
        return Compile(bound, firstError is null ? null : $"{firstError.Location}: {firstError.Id}: {firstError.Message}");
    }

    internal AccessRuleTrace Describe(TraceStep step)
    {
        var rule = _rules[step.Rule];
        var acl = step.Acl >= 0 && step.Acl < rule.Written.Length ? rule.Written[step.Acl] : string.Empty;
        return new AccessRuleTrace(rule.Info, step.Outcome, acl);
    }
}
