using ProxyConnect.Squid.Model;

namespace ProxyConnect.Analysis.Binding;

/// <summary>An <c>http_access</c> line as bound: its action and the ACLs it names, resolved.</summary>
internal sealed class AccessRuleBinding : DirectiveSite
{
    public AccessRuleBinding(DirectiveStart start, Word? actionWord, AccessAction action, AclUse[] uses)
        : base(start)
    {
        ActionWord = actionWord;
        Action = action;
        Uses = uses;
    }

    /// <summary>The line itself, as a site.</summary>
    public DirectiveSite Site => this;

    public Word? ActionWord { get; }

    public AccessAction Action { get; }

    public AclUse[] Uses { get; }

    /// <summary>Squid takes the line as a rule: the action is allow or deny and at least one ACL follows.</summary>
    public bool IsRule => Action != AccessAction.Invalid && Uses.Length > 0;

    /// <summary>Every ACL it names was defined before it.</summary>
    public bool IsResolved
    {
        get
        {
            foreach (var use in Uses)
            {
                if (use.Symbol is null)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The rule matches every request: each ACL it names matches every request and none is negated.</summary>
    public bool MatchesEveryRequest
    {
        get
        {
            if (!IsRule)
            {
                return false;
            }

            foreach (var use in Uses)
            {
                if (use.IsNegated || use.Symbol is null || !use.Symbol.MatchesEveryRequest)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
