using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1050 (StrictModeCharacterRule): a '!' under quoted values.</summary>
public class StrictModeCharacterRuleTests
{
    [Fact]
    public void The_smallest_config_triggers_it() =>
        RuleAssert.Triggers("PXC1050", "configuration_includes_quoted_values on\nacl a src 10.0.0.1\nhttp_access deny !a\n", Severity.Error, 3, 18);

    [Fact]
    public void A_similar_valid_config_does_not() =>
        RuleAssert.Clean("PXC1050", "configuration_includes_quoted_values on\nacl a src 10.0.0.1\nconfiguration_includes_quoted_values off\nhttp_access deny !a\n");
}
