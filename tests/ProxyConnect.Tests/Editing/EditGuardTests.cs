using ProxyConnect.Sensors;
using ProxyConnect.Squid;
using ProxyConnect.Squid.Model;

namespace ProxyConnect.Tests.Editing;

/// <summary>Issue 17: one invariant for every edit — an edit never adds a lint error; otherwise it is refused with a
/// message naming the line, and the document stays as it was.</summary>
public class EditGuardTests
{
    private const string Text = "http_port 3128\nacl localnet src 10.0.0.0/8\nhttp_access allow localnet\nhttp_access deny all\n";

    [Fact]
    public void An_acl_that_reuses_a_name_with_another_type_is_refused_naming_the_line()
    {
        var config = SquidConfig.Parse(Text, "squid.conf");

        FluentActions.Invoking(() => config.AddAcl(new AclDirective("localnet", "dst", "10.0.0.1")))
            .Should().Throw<InvalidOperationException>().WithMessage("*PXC1022*squid.conf line 3*");
        config.ToString().Should().Be(Text);
    }

    [Fact]
    public void A_port_squid_refuses_is_refused()
    {
        var config = SquidConfig.Parse(Text);

        FluentActions.Invoking(() => config.AddDirective(new GenericDirective("http_port", "99999")))
            .Should().Throw<InvalidOperationException>().WithMessage("*PXC1040*line 2*");
    }

    [Fact]
    public void A_new_error_is_refused_in_a_config_that_already_had_errors()
    {
        // The guard lints the original only when the result has errors: this is that path, with a new error of an id
        // the original did not have and one more of an id it had.
        var broken = "nonsense_directive 1\n" + Text;
        var config = SquidConfig.Parse(broken, "squid.conf");

        FluentActions.Invoking(() => config.AddAcl(new AclDirective("localnet", "dst", "10.0.0.1")))
            .Should().Throw<InvalidOperationException>().WithMessage("*PXC1022*squid.conf line 4*");
        var badPort = SquidConfig.Parse("http_port 99999\n" + Text, "squid.conf");
        badPort.Lint().Should().Contain(f => f.Id == "PXC1040", "the original already has this error once");
        FluentActions.Invoking(() => badPort.AddDirective(new GenericDirective("http_port", "99998")))
            .Should().Throw<InvalidOperationException>().WithMessage("*PXC1040*'http_port 99998'*");
    }

    [Fact]
    public void Errors_the_config_already_had_do_not_block_an_edit()
    {
        var broken = "nonsense_directive 1\n" + Text;

        var config = SquidConfig.Parse(broken).AddSensor(new Sensor("s1", "10.1.0.5"), SensorPlacement.BeforeFinalDenyAll);

        config.Sensors.Select(s => s.Name).Should().Contain("s1");
        config.Lint().Count(f => f.Severity == Severity.Error).Should().Be(SquidConfig.Parse(broken).Lint().Count(f => f.Severity == Severity.Error));
    }
}
