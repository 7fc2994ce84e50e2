using System.Collections.Generic;
using System.Linq;
using ProxyConnect.Squid.Knowledge;
using ProxyConnect.Values;

namespace ProxyConnect.Analysis.Evaluation;

/// <summary>The ACLs a Squid version defines by itself, from <see cref="SquidKnowledge"/> (and nowhere else), as
/// fresh compiled ACLs: config lines with the same name and type add values to them, as in Squid.</summary>
internal static class PredefinedAcls
{
    public static Dictionary<string, CompiledAcl> For(SquidTarget target)
    {
        var acls = new Dictionary<string, CompiledAcl>(AclName.Comparer);
        foreach (var fact in SquidKnowledge.For(target).PredefinedAcls)
        {
            acls[fact.Name] = Compile(fact);
        }

        return acls;
    }

    /// <summary>A fresh compiled ACL for one predefined ACL.</summary>
    public static CompiledAcl Compile(PredefinedAclFact fact) => CompiledAcl.Predefined(fact, SameInEveryVersion(fact));

    /// <summary>Whether every known version predefines the ACL alike; only those that differ make "which Squid?" an
    /// assumption worth stating.</summary>
    private static bool SameInEveryVersion(PredefinedAclFact fact) => SquidTarget.Known.All(t =>
        SquidKnowledge.For(t).PredefinedAcl(fact.Name) is { } other && other.Type == fact.Type && other.Values.SequenceEqual(fact.Values));
}
