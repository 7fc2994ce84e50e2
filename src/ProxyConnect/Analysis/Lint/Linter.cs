using System.Collections.Generic;
using ProxyConnect.Analysis.Binding;
using ProxyConnect.Analysis.Lint.Rules;
using ProxyConnect.Squid;

namespace ProxyConnect.Analysis.Lint;

/// <summary>Runs every lint rule over a bound config (one rule per id, in id order) and returns the findings in file
/// order. The rules read the binder's symbol table; none reads the text again.</summary>
internal static class Linter
{
    /// <summary>One instance of each rule; rules hold no state, so they are shared.</summary>
    private static readonly ConfigRule[] Rules =
    {
        new ByteOrderMarkRule(),
        new OpenContinuationRule(),
        new CarriageReturnInLineRule(),
        new LineTooLongRule(),
        new BackslashBeforeBlanksRule(),
        new UnknownDirectiveRule(),
        new UnbalancedConditionalRule(),
        new MissingIncludeRule(),
        new IncludeTooDeepRule(),
        new ObsoleteDirectiveRule(),
        new MissingFeatureRule(),
        new MissingAclNameOrTypeRule(),
        new UnknownAclTypeRule(),
        new AclTypeConflictRule(),
        new InvalidAddressRule(),
        new InvalidPortRule(),
        new EmptyAclRule(),
        new UnreadableAclFileRule(),
        new HostBitsSetRule(),
        new ReversedRangeRule(),
        new LegacyIPv4Rule(),
        new UndefinedAclRule(),
        new AclDefinedAfterUseRule(),
        new DetachedNegationRule(),
        new InvalidAccessActionRule(),
        new AccessRuleWithoutAclsRule(),
        new UnreachableRuleRule(),
        new OpenProxyRule(),
        new NoAccessRulesRule(),
        new UnsupportedAclOptionRule(),
        new ProxyAuthWithoutAuthParamRule(),
        new InvalidHttpPortRule(),
        new UnknownHttpPortOptionRule(),
        new HttpPortModeConflictRule(),
        new OverlappingDomainsRule(),
        new InvalidRegexRule(),
        new AclKeyChangedRule(),
        new StrictModeCharacterRule(),
        new RegexAclWithQuotedValuesRule(),
    };

    /// <summary>The rule objects, in catalogue order (tests check there is exactly one per lint id).</summary>
    internal static IReadOnlyList<ConfigRule> All => Rules;

    public static List<LintFinding> Run(BoundConfig config)
    {
        var report = new LintReport();
        foreach (var rule in Rules)
        {
            rule.Check(config, report);
        }

        return report.Sorted();
    }

    /// <summary>The first error in file order (why Squid would refuse the config), or <see langword="null"/>.</summary>
    public static LintFinding? FirstError(BoundConfig config)
    {
        foreach (var finding in Run(config))
        {
            if (finding.Severity == Severity.Error)
            {
                return finding;
            }
        }

        return null;
    }
}
