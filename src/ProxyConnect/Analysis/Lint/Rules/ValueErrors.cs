using ProxyConnect.Analysis.Binding;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>Reports the values the binder could not read, for ACLs of one value kind.</summary>
internal static class ValueErrors
{
    public static void Report(BoundConfig config, LintReport report, LintRule rule, AclValueKind kind)
    {
        foreach (var definition in config.AclDefinitions)
        {
            if (definition.Status != AclDefinitionStatus.Bound || definition.Type!.ValueKind != kind)
            {
                continue;
            }

            foreach (var value in definition.Values)
            {
                if (value.Error is not null)
                {
                    report.Add(rule, $"ACL '{definition.Symbol!.Name}': {value.Error}; Squid refuses the config", definition.Site, value.Word);
                }
            }
        }
    }
}
