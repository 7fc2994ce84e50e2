namespace ProxyConnect.Analysis;

/// <summary>One rule tried during an evaluation.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Outcome">Whether it matched.</param>
/// <param name="Acl">The ACL that decided the outcome as written on the line (<c>!name</c> when negated): the first
/// that failed, the one that could not be decided, or the last one when the rule matched.</param>
public sealed record AccessRuleTrace(AccessRule Rule, AccessRuleOutcome Outcome, string Acl);
