using ProxyConnect.Analysis.Binding;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>Reports the values the binder could not read, for ACLs of one value kind.</summary>
internal static class ValueErrors
{
    public static void Report(BoundConfig config, LintReport report, LintRule rule, AclValueKind kind) =>
        Report(config, report, rule, kind, ProblemOutcome.Fatal);

    /// <summary>Reports them with the severity <paramref name="outcome"/> gives (none when Squid ignores them).</summary>
    public static void Report(BoundConfig config, LintReport report, LintRule rule, AclValueKind kind, ProblemOutcome outcome)
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
                    report.Add(rule, outcome, outcome == ProblemOutcome.Fatal
                        ? $"ACL '{definition.Symbol!.Name}': {value.Error}; Squid refuses the config"
                        : $"ACL '{definition.Symbol!.Name}': {value.Error}; this Squid drops the value with an ERROR line", definition.Site, value.Word);
                }
            }
        }
    }
}
