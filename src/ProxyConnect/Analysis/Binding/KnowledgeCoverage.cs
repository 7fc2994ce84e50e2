using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Analysis.Binding;

/// <summary>Whether the target's facts cover a question at all. The interim tables (until issue 15's generated tables
/// land) list no ACL options and no port options; lint then says nothing about them rather than refusing every one.</summary>
internal static class KnowledgeCoverage
{
    /// <summary>The facts list options for some ACL type: a type without any then really takes none.</summary>
    public static bool KnowsAclOptions(SquidKnowledge knowledge)
    {
        foreach (var predefined in knowledge.PredefinedAcls)
        {
            if (knowledge.AclType(predefined.Type) is { Options.Count: > 0 })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The facts list the port options (they know the accelerator mode, which every version has): an option
    /// they do not know is then unknown to Squid.</summary>
    public static bool KnowsPortOptions(SquidKnowledge knowledge) => knowledge.PortOption(PortModes.Accel) is not null;
}
