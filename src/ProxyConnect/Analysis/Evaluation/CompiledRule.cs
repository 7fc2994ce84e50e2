using ProxyConnect.Squid.Model;

namespace ProxyConnect.Analysis.Evaluation;

/// <summary>One valid <c>http_access</c> line with its ACLs resolved (an entry is <see langword="null"/> when the
/// name was not defined before the rule).</summary>
internal sealed class CompiledRule
{
    public CompiledRule(AccessRule info, CompiledAcl?[] acls, bool[] negated, string[] written)
    {
        Info = info;
        Acls = acls;
        Negated = negated;
        Written = written;
    }

    public AccessRule Info { get; }

    public AccessAction Action => Info.Action;

    public CompiledAcl?[] Acls { get; }

    public bool[] Negated { get; }

    /// <summary>The ACL tokens as written (<c>!name</c>), for traces.</summary>
    public string[] Written { get; }
}
