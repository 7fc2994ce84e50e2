using ProxyConnect.Analysis.Binding;
using ProxyConnect.Squid.Knowledge;
using ProxyConnect.Values;

namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>A rule that reports one kind of warning the address parser gives for ACL values, by its code.</summary>
internal abstract class AddressWarningRule : ConfigRule
{
    /// <summary>The warning code this rule reports.</summary>
    protected abstract SquidAddressWarning Code { get; }

    public override void Check(BoundConfig config, LintReport report)
    {
        foreach (var definition in config.AclDefinitions)
        {
            if (definition.Status != AclDefinitionStatus.Bound || definition.Type!.ValueKind != AclValueKind.Address)
            {
                continue;
            }

            foreach (var value in definition.Values)
            {
                if (value.Address is not { } address)
                {
                    continue;
                }

                var codes = address.WarningCodes;
                for (var i = 0; i < codes.Count; i++)
                {
                    if (codes[i] == Code)
                    {
                        report.Add(Rule, $"ACL '{definition.Symbol!.Name}': {address.Warnings[i]}", definition.Site, value.Word);
                    }
                }
            }
        }
    }
}
