using ProxyConnect.Squid;
using ProxyConnect.Squid.Editing;
using ProxyConnect.Squid.Model;

namespace ProxyConnect.Tests.Editing;

/// <summary>Bad edits fail with a clear message and leave the document unchanged (documents are immutable, so the
/// original instance is checked byte for byte after the failed call).</summary>
public class EditingErrorTests
{
    private const string Text = "acl a src 10.0.0.1\nhttp_access allow a\nhttp_access deny all\n";

    [Theory]
    [InlineData("htp_port", "*'htp_port' is not a Squid directive*")]
    [InlineData("HTTP_PORT", "*case-sensitive*")]
    public void Unknown_directive_names_are_refused(string name, string message) => Fails<ArgumentException>(c => c.AddDirective(new GenericDirective(name, "1")), message);

    [Fact]
    public void Values_with_a_hash_are_refused() =>
        Fails<ArgumentException>(c => c.AddAcl(new AclDirective("b", "src", "10.0.0.2#x")), "*'#'*");

    [Fact]
    public void Values_with_a_newline_cannot_even_be_built() =>
        FluentActions.Invoking(() => new AclDirective("b", "src", "10.0.0.2\nhttp_access allow all")).Should().Throw<ArgumentException>();

    [Fact]
    public void Unknown_acl_types_are_refused() => Fails<ArgumentException>(c => c.AddAcl(new AclDirective("b", "sauce", "x")), "*'sauce' is not an ACL type*");

    [Fact]
    public void Removing_an_acl_still_in_use_is_refused() =>
        Fails<InvalidOperationException>(c => c.RemoveDirective(c.Acls.Single()), "*still uses it*");

    [Fact]
    public void A_rule_using_an_undefined_acl_is_refused() =>
        Fails<InvalidOperationException>(c => c.AddDirective(new HttpAccessDirective(AccessAction.Allow, "ghost")), "*does not define*");

    [Fact]
    public void A_rule_placed_above_its_acl_is_refused() =>
        Fails<InvalidOperationException>(c => c.AddDirective(new HttpAccessDirective(AccessAction.Deny, "a"), DirectivePosition.Before(c.Acls.Single())), "*defined before its first use*");

    [Fact]
    public void A_proxy_auth_acl_without_auth_param_is_refused() =>
        Fails<InvalidOperationException>(c => c.AddAcl(new AclDirective("u", "proxy_auth", "REQUIRED")), "*auth_param*");

    [Fact]
    public void A_directive_from_another_document_is_refused() =>
        Fails<ArgumentException>(c => c.RemoveDirective(SquidConfig.Parse(Text).Acls.Single()), "*not a line of this document*");

    [Fact]
    public void Set_http_port_refuses_an_out_of_range_port() => Fails<ArgumentOutOfRangeException>(c => c.SetHttpPort(70000), "*65535*");

    private static void Fails<TException>(Func<SquidConfig, SquidConfig> edit, string message)
        where TException : Exception
    {
        var config = SquidConfig.Parse(Text);
        FluentActions.Invoking(() => edit(config)).Should().Throw<TException>().WithMessage(message);
        config.ToString().Should().Be(Text);
    }
}
