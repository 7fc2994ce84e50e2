using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>PXC1015 (MissingFeatureRule): OpenSSL-only directives and port options on a target built without OpenSSL.</summary>
public class MissingFeatureRuleTests
{
    private static SquidKnowledge Knowledge(SquidTarget target) => TestKnowledge.With(target,
        portOptions: TestKnowledge.SomePortOptions,
        directives: KnowledgeTables.ForMajor(target.Major).Directives.Append(new DirectiveFact("tls_only_knob", "tls_only_knob", false, SquidFeature.OpenSsl)).ToArray());

    [Fact]
    public void An_openssl_directive_on_a_gnutls_build_is_an_error() =>
        RuleAssert.Triggers("PXC1015", "tls_only_knob on\n" + RuleAssert.DenyAll, Severity.Error, 1, 1, Knowledge(SquidTarget.Squid6))
            .Message.Should().Contain("OpenSSL").And.Contain("Squid 6.13");

    [Fact]
    public void An_openssl_port_option_on_a_gnutls_build_is_an_error() =>
        RuleAssert.Triggers("PXC1015", "http_port 3128 ssl-bump\n" + RuleAssert.DenyAll, Severity.Error, 1, 16, Knowledge(SquidTarget.Squid7));

    [Fact]
    public void The_same_on_an_openssl_build_is_clean() =>
        RuleAssert.Clean("PXC1015", "tls_only_knob on\nhttp_port 3128 ssl-bump\n" + RuleAssert.DenyAll, Knowledge(SquidTarget.Squid6.WithOpenSsl(true)));
}
