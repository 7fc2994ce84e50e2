namespace ProxyConnect.Analyzers;

/// <summary>The ids of the diagnostics in C# code (<c>PXC0xxx</c>); each has a page under <c>docs/diagnostics/</c>.</summary>
public static class DiagnosticIds
{
    /// <summary>An invalid address or host.</summary>
    public const string InvalidAddress = "PXC0001";

    /// <summary>A port outside 1 to 65535.</summary>
    public const string PortOutOfRange = "PXC0002";

    /// <summary>An invalid CIDR, netmask or range.</summary>
    public const string InvalidNetwork = "PXC0003";

    /// <summary>An invalid ACL name.</summary>
    public const string InvalidAclName = "PXC0004";

    /// <summary>A user name without a password, or a password without a user name.</summary>
    public const string CredentialsHalfSet = "PXC0005";

    /// <summary>An address Squid reads as a different address than it seems to be.</summary>
    public const string AmbiguousLegacyAddress = "PXC0006";

    /// <summary>A valid network that is not written in its canonical form (host bits, dotted mask, reversed range).</summary>
    public const string NonCanonicalNetwork = "PXC0007";
}
