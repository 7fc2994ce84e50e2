using Microsoft.CodeAnalysis;

namespace ProxyConnect.Analyzers;

/// <summary>The diagnostic descriptors. Messages carry the reason given by the shared Values rules.</summary>
public static class Descriptors
{
    /// <summary>Where the pages that explain each diagnostic live; the id and <c>.md</c> are appended.</summary>
    public const string HelpLinkBase = "https://github.com/proxyconnect/proxyconnect/blob/main/docs/diagnostics/";

    private const string Category = "ProxyConnect";

    /// <summary>PXC0001: invalid address.</summary>
    public static readonly DiagnosticDescriptor InvalidAddress = Create(
        DiagnosticIds.InvalidAddress,
        "Invalid address",
        "{0}",
        DiagnosticSeverity.Error,
        "A value passed to a member marked [SquidAddress] or [HostOrAddress] is not an address ProxyConnect accepts; the library would throw at run time.");

    /// <summary>PXC0002: port out of range.</summary>
    public static readonly DiagnosticDescriptor PortOutOfRange = Create(
        DiagnosticIds.PortOutOfRange,
        "Port outside 1 to 65535",
        "{0}",
        DiagnosticSeverity.Error,
        "A value passed to a member marked [PortNumber] is not a TCP port from 1 to 65535.");

    /// <summary>PXC0003: invalid CIDR, netmask or range.</summary>
    public static readonly DiagnosticDescriptor InvalidNetwork = Create(
        DiagnosticIds.InvalidNetwork,
        "Invalid CIDR, netmask or range",
        "{0}",
        DiagnosticSeverity.Error,
        "A value with '/' or '-' passed to a member marked [SquidAddress] is not a CIDR, address with netmask or range that ProxyConnect accepts.");

    /// <summary>PXC0004: invalid ACL name.</summary>
    public static readonly DiagnosticDescriptor InvalidAclName = Create(
        DiagnosticIds.InvalidAclName,
        "Invalid ACL name",
        "{0}",
        DiagnosticSeverity.Error,
        "A value passed to a member marked [AclName] is not an ACL name ProxyConnect writes: 1 to 63 ASCII letters, digits, '-', '_', '.' and ':', not starting with '-', not a predefined ACL such as all.");

    /// <summary>PXC0005: credentials half set.</summary>
    public static readonly DiagnosticDescriptor CredentialsHalfSet = Create(
        DiagnosticIds.CredentialsHalfSet,
        "User name and password must be set together",
        "'{0}' is set but '{1}' is not; set both or neither",
        DiagnosticSeverity.Error,
        "An initializer sets a user name without a password, or a password without a user name; proxy authentication needs both.");

    /// <summary>PXC0006: Squid reads the address differently.</summary>
    public static readonly DiagnosticDescriptor AmbiguousLegacyAddress = Create(
        DiagnosticIds.AmbiguousLegacyAddress,
        "Squid reads this address differently",
        "'{0}' is read by Squid as {1} (inet_aton rules: a leading 0 means octal, 0x hexadecimal, a short form fills the last part); write the address as four decimal octets",
        DiagnosticSeverity.Warning,
        "The value is an IPv4 notation that Squid reads by inet_aton rules, so it means a different address than it seems to (010.0.0.1 is 8.0.0.1). ProxyConnect's own APIs reject such values.");

    /// <summary>PXC0007: network not in canonical form.</summary>
    public static readonly DiagnosticDescriptor NonCanonicalNetwork = Create(
        DiagnosticIds.NonCanonicalNetwork,
        "Network is not written in its canonical form",
        "{0}",
        DiagnosticSeverity.Warning,
        "The value is accepted, but Squid warns about it or reads it differently from how it looks: host bits set under the mask, a deprecated dotted netmask, a reversed range, or a legacy spelling of all.");

    /// <summary>The page that explains <paramref name="id"/>.</summary>
    /// <param name="id">A diagnostic id such as PXC0001.</param>
    /// <returns>The absolute URL of the page.</returns>
    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, string description) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, description: description, helpLinkUri: HelpLink(id));
}
