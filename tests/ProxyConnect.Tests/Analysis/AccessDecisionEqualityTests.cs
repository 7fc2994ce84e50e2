using ProxyConnect.Analysis;
using ProxyConnect.Squid;

namespace ProxyConnect.Tests.Analysis;

/// <summary>Issue 17, point 10: two equal answers stay equal whether or not one of them has built its trace.</summary>
public class AccessDecisionEqualityTests
{
    [Fact]
    public void Reading_the_trace_does_not_change_equality()
    {
        var config = SquidConfig.Parse("acl s src 10.1.0.5\nhttp_access allow s\nhttp_access deny all\n");
        var first = config.Evaluate(new AccessRequest("10.1.0.5"));
        var second = config.Evaluate(new AccessRequest("10.1.0.5"));

        _ = first.Trace;

        first.Should().Be(second);
        first.GetHashCode().Should().Be(second.GetHashCode());
        first.Should().NotBe(config.Evaluate(new AccessRequest("10.1.0.6")));
    }
}
