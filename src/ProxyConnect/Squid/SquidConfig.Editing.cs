using ProxyConnect.Annotations;
using ProxyConnect.Squid.Editing;
using ProxyConnect.Squid.Model;

namespace ProxyConnect.Squid;

public sealed partial class SquidConfig
{
    /// <summary>Adds a directive line, formatted like its neighbours.</summary>
    /// <param name="directive">A new view, for example <c>new AclDirective("SSL_ports", "port", "8443")</c>.</param>
    /// <param name="position">Where it goes; <see cref="DirectivePosition.NextToSameName"/> by default.</param>
    /// <exception cref="System.ArgumentException">An unknown directive name or ACL type, or a value that is not one
    /// safe token (blank, line break, <c>#</c>, quote, …).</exception>
    /// <exception cref="System.InvalidOperationException">The line would break Squid's order rules (an ACL used above
    /// its definition, a <c>proxy_auth</c> ACL above every <c>auth_param</c>), or the position does not exist.</exception>
    public SquidConfig AddDirective(Directive directive, DirectivePosition? position = null) =>
        DirectiveEditor.Add(this, directive ?? throw new System.ArgumentNullException(nameof(directive)), position ?? DirectivePosition.NextToSameName);

    /// <summary>Adds an <c>acl</c> line: next to the lines of the same ACL name, else after the last <c>acl</c> above the
    /// first <c>http_access</c>.</summary>
    /// <param name="acl">The new line.</param>
    /// <param name="position">An explicit position, if wanted.</param>
    public SquidConfig AddAcl(AclDirective acl, DirectivePosition? position = null) => AddDirective(acl, position);

    /// <summary>Rewrites a directive's arguments in place (indentation, separator, inline comment and line ending kept).</summary>
    /// <param name="target">A directive read from this document.</param>
    /// <param name="arguments">The new arguments.</param>
    public SquidConfig ReplaceArguments(Directive target, params string[] arguments) =>
        DirectiveEditor.ReplaceArguments(this, target ?? throw new System.ArgumentNullException(nameof(target)), arguments);

    /// <summary>Removes a directive line.</summary>
    /// <param name="target">A directive read from this document.</param>
    /// <exception cref="System.InvalidOperationException">It is the last definition of an ACL that a rule still uses.</exception>
    public SquidConfig RemoveDirective(Directive target) =>
        DirectiveEditor.Remove(this, target ?? throw new System.ArgumentNullException(nameof(target)));

    /// <summary>Makes a single-valued directive appear once with these arguments: the first line is rewritten in place,
    /// further ones removed, or the line is added when there is none.</summary>
    /// <param name="name">The directive name (<c>visible_hostname</c>, <c>coredump_dir</c>, …).</param>
    /// <param name="arguments">Its arguments.</param>
    public SquidConfig SetDirective(string name, params string[] arguments) => DirectiveEditor.Set(this, name, arguments);

    /// <summary>Makes Squid listen on one port: replaces the <c>http_port</c> line in place (others are removed).</summary>
    /// <param name="port">1 to 65535.</param>
    /// <param name="host">An optional address to listen on.</param>
    public SquidConfig SetHttpPort([PortNumber] int port, [HostOrAddress] string? host = null)
    {
        if (!Values.PortNumber.TryValidate(port, out var error))
        {
            throw new System.ArgumentOutOfRangeException(nameof(port), port, error);
        }

        if (host != null && !Values.HostOrAddress.TryValidate(host, out var hostError))
        {
            throw new System.ArgumentException(hostError, nameof(host));
        }

        return SetDirective(HttpPortDirective.Keyword, HttpPortDirective.FormatSpec(host, port));
    }

    /// <summary>Sets <c>visible_hostname</c>.</summary>
    /// <param name="hostName">The host name Squid shows in error pages and headers.</param>
    public SquidConfig SetVisibleHostname([HostOrAddress] string hostName) => SetDirective("visible_hostname", hostName);

    /// <summary>Sets <c>coredump_dir</c>.</summary>
    /// <param name="directory">The folder.</param>
    public SquidConfig SetCoredumpDir(string directory) => SetDirective("coredump_dir", directory);

    /// <summary>Requires basic authentication from sensors: <c>auth_param basic program HELPER FILE</c> and
    /// <c>auth_param basic realm REALM</c> above the first ACL, <c>acl authenticated proxy_auth REQUIRED</c>, and every
    /// sensor rule already in the config becomes <c>http_access allow NAME authenticated</c>. Sensors added later
    /// require it only when asked (<see cref="Sensors.Sensor.RequiredAcl"/>); a plain one gets edit warning PXC1070.
    /// Write the password file with <see cref="Auth.PasswordFile"/>.</summary>
    /// <param name="passwordFile">The htpasswd-style file the helper reads.</param>
    /// <param name="realm">The realm shown to clients (one word).</param>
    /// <param name="helperPath">The <c>basic_ncsa_auth</c> helper; Debian's path by default.</param>
    public SquidConfig RequireBasicAuth(string passwordFile, string realm = "proxy", string helperPath = Auth.BasicAuth.DebianHelperPath) =>
        Auth.BasicAuth.Require(this, passwordFile, realm, helperPath);
}
