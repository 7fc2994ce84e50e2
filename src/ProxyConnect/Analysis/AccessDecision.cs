using System;
using System.Collections.Generic;
using ProxyConnect.Analysis.Evaluation;

namespace ProxyConnect.Analysis;

/// <summary>The answer of the <c>http_access</c> rules to one request.</summary>
public sealed record AccessDecision
{
    private readonly CompiledAccessRules _rules;
    private readonly AccessRequest _request;
    private readonly Assumption _assumptionFlags;
    private IReadOnlyList<AccessRuleTrace>? _trace;
    private IReadOnlyList<string>? _assumptions;

    internal AccessDecision(AccessVerdict verdict, AccessRule? decidingRule, bool isImplicit, string? reason, bool authenticationRequired, CompiledAccessRules rules, AccessRequest request, int stepCount, Assumption assumptions)
    {
        _assumptionFlags = assumptions;
        Verdict = verdict;
        DecidingRule = decidingRule;
        IsImplicit = isImplicit;
        Reason = reason;
        IsAuthenticationRequired = authenticationRequired;
        _rules = rules;
        _request = request;
        StepCount = stepCount;
    }

    /// <summary>Allowed, denied, or indeterminate.</summary>
    public AccessVerdict Verdict { get; }

    /// <summary>The rule that matched, or <see langword="null"/> when none did (implicit answer) or the answer is
    /// indeterminate.</summary>
    public AccessRule? DecidingRule { get; }

    /// <summary>No rule matched: the answer is the opposite of the last rule's action (deny when there are no
    /// rules at all).</summary>
    public bool IsImplicit { get; }

    /// <summary>Why the answer is <see cref="AccessVerdict.Indeterminate"/> (or why authentication is required);
    /// <see langword="null"/> otherwise.</summary>
    public string? Reason { get; }

    /// <summary>A <c>proxy_auth</c> ACL was reached for a request without a user: Squid answers 407 and asks for
    /// credentials, so the request as sent is denied (<see cref="AccessVerdict.Denied"/>).</summary>
    public bool IsAuthenticationRequired { get; }

    /// <summary>What the answer took for granted, one sentence each: a destination assumed public, a name's
    /// resolved addresses, the URL built from the request, the Squid version whose predefined ACLs were used. Empty
    /// when the answer follows from the request alone.</summary>
    public IReadOnlyList<string> Assumptions => _assumptions ??= AssumptionText.Describe(_assumptionFlags, _request, _rules.Target, _request.SquidUrl);

    /// <summary>The Squid version the rules were evaluated for.</summary>
    public ProxyConnect.Squid.Knowledge.SquidTarget Target => _rules.Target;

    /// <summary>Every rule tried, in order, with the ACL that decided its outcome. Built on first use.</summary>
    public IReadOnlyList<AccessRuleTrace> Trace => _trace ??= BuildTrace();

    /// <summary>How many rules were tried.</summary>
    internal int StepCount { get; }

    /// <summary>Equal when the answer is the same for the same request against the same compiled rules. The trace is
    /// left out: it is built lazily, so comparing it would make a decision whose trace was read unequal to its twin.</summary>
    /// <param name="other">The other decision.</param>
    public bool Equals(AccessDecision? other) =>
        other is not null &&
        Verdict == other.Verdict &&
        Equals(DecidingRule, other.DecidingRule) &&
        IsImplicit == other.IsImplicit &&
        Reason == other.Reason &&
        IsAuthenticationRequired == other.IsAuthenticationRequired &&
        StepCount == other.StepCount &&
        ReferenceEquals(_rules, other._rules) &&
        Equals(_request, other._request);

    /// <inheritdoc/>
    public override int GetHashCode() => ((int)Verdict * 397) ^ (DecidingRule?.GetHashCode() ?? 0) ^ (IsImplicit ? 1 << 20 : 0) ^ StepCount;

    private IReadOnlyList<AccessRuleTrace> BuildTrace()
    {
        var (steps, count) = _rules.TraceOf(_request);
        var list = new AccessRuleTrace[count];
        for (var i = 0; i < count; i++)
        {
            list[i] = _rules.Describe(steps[i]);
        }

        return Array.AsReadOnly(list);
    }
}
