using FluentAssertions.Execution;
using ProxyConnect.Analysis;
using ProxyConnect.Squid;
using ProxyConnect.Squid.Model;
using ProxyConnect.Testing.Tests.Support;

namespace ProxyConnect.Testing.Tests;

public class AccessAssertionTests
{
    private readonly SquidConfig config = Configs.Parse(Configs.Sensors);

    [Fact]
    public void Allow_passes_and_its_Which_is_the_decision()
    {
        var decision = config.Should().Allow(new AccessRequest("10.1.0.5")).Which;

        decision.Verdict.Should().Be(AccessVerdict.Allowed);
        decision.DecidingRule!.Text.Should().Be("http_access allow sensor1");
        decision.DecidingRule.Location.Line.Should().Be(6);
    }

    [Fact]
    public void Deny_passes_on_an_explicit_deny()
    {
        config.Should().Deny(new AccessRequest("192.0.2.7")).Which.DecidingRule!.Action.Should().Be(AccessAction.Deny);
    }

    [Fact]
    public void Deny_passes_on_an_implicit_deny()
    {
        var last = Configs.Parse("acl sensor1 src 10.1.0.5\nhttp_access allow sensor1\n");

        last.Should().Deny(new AccessRequest("192.0.2.7")).Which.IsImplicit.Should().BeTrue();
    }

    [Fact]
    public void Assertions_chain_with_And()
    {
        config.Should()
            .Allow(new AccessRequest("10.1.0.5"))
            .And.Allow(new AccessRequest("10.2.1.9"))
            .And.Deny(new AccessRequest("10.1.0.5", port: 8443))
            .And.Deny(new AccessRequest("192.0.2.7"));
    }

    [Fact]
    public void Allow_fails_with_the_deciding_rule_its_file_and_line_the_reason_and_the_rules_tried()
    {
        Failure.Verify(() => config.Should().Allow(new AccessRequest("192.0.2.7"), because: "sensor1 must reach the cloud"));
    }

    [Fact]
    public void Allow_fails_with_formatted_because_args()
    {
        Failure.Verify(() => config.Should().Allow(new AccessRequest("10.1.0.5", port: 8443), "{0} listens on port {1}", "the cloud", 8443));
    }

    [Fact]
    public void Allow_fails_on_an_implicit_deny_naming_the_last_rule()
    {
        var config = Configs.Parse("acl sensor1 src 10.1.0.5\nhttp_access allow sensor1\n");

        Failure.Verify(() => config.Should().Allow(new AccessRequest("192.0.2.7")));
    }

    [Fact]
    public void Allow_fails_on_a_config_without_rules()
    {
        var config = Configs.Parse("http_port 3128\n");

        Failure.Verify(() => config.Should().Allow(new AccessRequest("10.1.0.5")));
    }

    [Fact]
    public void Allow_fails_when_authentication_is_required()
    {
        var config = Configs.Parse(Auth);

        Failure.Verify(() => config.Should().Allow(new AccessRequest("10.1.0.5")));
    }

    [Fact]
    public void Deny_passes_when_authentication_is_required_and_Allow_passes_with_a_user()
    {
        var config = Configs.Parse(Auth);

        config.Should().Deny(new AccessRequest("10.1.0.5")).Which.IsAuthenticationRequired.Should().BeTrue();
        config.Should().Allow(new AccessRequest("10.1.0.5", user: "sensor1"));
    }

    [Fact]
    public void Allow_fails_when_the_answer_is_indeterminate()
    {
        var config = Configs.Parse("acl cloud dstdomain .example.com\nhttp_access allow cloud\nhttp_access deny all\n");

        Failure.Verify(() => config.Should().Allow(new AccessRequest("10.1.0.5")));
    }

    [Fact]
    public void Deny_fails_when_the_answer_is_indeterminate()
    {
        var config = Configs.Parse("acl cloud dstdomain .example.com\nhttp_access allow cloud\nhttp_access deny all\n");

        Failure.Verify(() => config.Should().Deny(new AccessRequest("10.1.0.5")));
    }

    [Fact]
    public void Allow_fails_on_a_config_Squid_would_refuse()
    {
        var config = Configs.Parse("acl sensor1 src 10.1.0.5\nhttp_access allow sensor1 sensor9\nhttp_access allow sensor1\nhttp_access deny all\n");

        Failure.Verify(() => config.Should().Allow(new AccessRequest("10.1.0.5")));
    }

    [Fact]
    public void Deny_fails_naming_what_the_answer_assumed()
    {
        var config = Configs.Parse("acl sensor1 src 10.1.0.5\nhttp_access deny to_localhost\nhttp_access allow sensor1\nhttp_access deny all\n");

        Failure.Verify(() => config.Should().Deny(new AccessRequest("10.1.0.5", destination: "myhub.azure-devices.net")));
    }

    [Fact]
    public void Deny_fails_with_the_allowing_rule()
    {
        Failure.Verify(() => config.Should().Deny(new AccessRequest("10.2.0.9"), "only {0} may connect", "sensor1"));
    }

    [Fact]
    public void Deny_fails_on_an_implicit_allow()
    {
        var config = Configs.Parse("acl blocked src 192.0.2.0/24\nhttp_access deny blocked\n");

        Failure.Verify(() => config.Should().Deny(new AccessRequest("10.1.0.5")));
    }

    [Fact]
    public void The_request_is_described_with_every_field_given_and_braces_kept()
    {
        var request = new AccessRequest("10.9.0.1", method: "GET", port: 80, destination: "example.com", localPort: 3128, user: "a{0}{reason} {context}b");

        Failure.Verify(() => config.Should().Allow(request));
    }

    [Fact]
    public void A_null_config_fails()
    {
        SquidConfig? config = null;

        Failure.Verify(() => config.Should().Allow(new AccessRequest("10.1.0.5")));
    }

    [Fact]
    public void A_null_request_is_a_programming_error()
    {
        var act = () => config.Should().Allow(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("request");
    }

    [Fact]
    public void Inside_an_assertion_scope_every_failure_is_reported_and_Which_is_null()
    {
        AccessDecision? which = config.Evaluate(new AccessRequest("10.1.0.5"));

        Failure.Verify(() =>
        {
            using var scope = new AssertionScope();
            which = config.Should().Allow(new AccessRequest("192.0.2.7")).Which;
            config.Should().Deny(new AccessRequest("10.1.0.5"));
        });
        which.Should().BeNull();
    }

    /// <summary>Basic authentication before the sensors: a request without a user gets 407.</summary>
    private const string Auth = """
        http_port 3128
        auth_param basic program /usr/lib/squid/basic_ncsa_auth /etc/squid/passwords
        acl sensors proxy_auth REQUIRED
        http_access allow sensors
        http_access deny all

        """;
}
