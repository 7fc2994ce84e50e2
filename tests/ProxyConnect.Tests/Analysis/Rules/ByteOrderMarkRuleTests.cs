using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1001 (ByteOrderMarkRule): a byte order mark before the first directive.</summary>
public class ByteOrderMarkRuleTests
{
    [Fact]
    public void The_smallest_config_triggers_it() =>
        RuleAssert.Triggers("PXC1001", "\uFEFFhttp_access deny all\n", Severity.Error, 1, 1);

    [Fact]
    public void A_similar_valid_config_does_not() =>
        RuleAssert.Clean("PXC1001", RuleAssert.DenyAll);
}
