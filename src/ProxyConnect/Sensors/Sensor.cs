using System;
using System.Collections.Generic;
using System.Linq;
using ProxyConnect.Annotations;
using ProxyConnect.Values;

namespace ProxyConnect.Sensors;

/// <summary>A sensor the proxy lets through: an ACL name and the <c>src</c> values (address, CIDR or range) it
/// connects from. In squid.conf it is the pair <c>acl NAME src VALUE…</c> / <c>http_access allow NAME</c>.</summary>
public sealed record Sensor
{
    private readonly string? _requiredAcl;

    /// <summary>The ACL name Squid's documentation and most configs use for "has logged in"
    /// (<c>acl authenticated proxy_auth REQUIRED</c>).</summary>
    public const string DefaultAuthAcl = "authenticated";

    /// <summary>Creates a sensor, validating the name and every address.</summary>
    /// <param name="name">The ACL name: letters, digits and <c>-_.:</c>, not a predefined ACL such as <c>all</c>.</param>
    /// <param name="addresses">One or more IPv4/IPv6 addresses, CIDRs (<c>10.2.0.0/24</c>) or ranges
    /// (<c>10.0.0.1-10.0.0.9</c>).</param>
    /// <exception cref="ArgumentException">The name or an address is invalid; the message names the value and says
    /// what is accepted.</exception>
    public Sensor([AclName] string name, [SquidAddress] params string[] addresses)
    {
        AclName.Validate(name, nameof(name));
        if (addresses is null || addresses.Length == 0)
        {
            throw new ArgumentException($"Sensor '{name}' needs at least one address, CIDR or range.", nameof(addresses));
        }

        foreach (var address in addresses)
        {
            if (!SquidAddress.TryParse(address, out var parsed, out var error))
            {
                throw new ArgumentException($"Invalid address for sensor '{name}': {error}", nameof(addresses));
            }

            if (parsed!.Kind == SquidAddressKind.Keyword)
            {
                throw new ArgumentException(
                    $"Invalid address for sensor '{name}': '{address}' matches every client and would open the proxy to everyone. Give the sensor's own address, CIDR or range.",
                    nameof(addresses));
            }
        }

        Name = name;
        Addresses = addresses.ToArray();
    }

    /// <summary>Reads a sensor back from a config without judging it (hand-written lines may use forms we would not
    /// write, such as host names).</summary>
    private Sensor(string name, IReadOnlyList<string> addresses, string? requiredAcl)
    {
        Name = name;
        Addresses = addresses;
        _requiredAcl = requiredAcl;
    }

    /// <summary>The ACL name.</summary>
    public string Name { get; }

    /// <summary>The <c>src</c> values, in order.</summary>
    public IReadOnlyList<string> Addresses { get; }

    /// <summary>An ACL the sensor's rule requires as well, for a login: <c>http_access allow NAME ACL</c>
    /// (for example <see cref="DefaultAuthAcl"/>). <see langword="null"/> (the default): the rule is
    /// <c>http_access allow NAME</c> and nothing else.</summary>
    /// <exception cref="ArgumentException">Not a valid ACL name, or a predefined one such as <c>all</c>.</exception>
    public string? RequiredAcl
    {
        get => _requiredAcl;
        init
        {
            if (value != null)
            {
                AclName.Validate(value, nameof(RequiredAcl));
            }

            _requiredAcl = value;
        }
    }

    /// <inheritdoc/>
    public bool Equals(Sensor? other) =>
        other is not null && AclName.Comparer.Equals(Name, other.Name) && Addresses.SequenceEqual(other.Addresses, StringComparer.Ordinal) &&
        AclName.Comparer.Equals(RequiredAcl ?? string.Empty, other.RequiredAcl ?? string.Empty);

    /// <inheritdoc/>
    public override int GetHashCode() => AclName.Comparer.GetHashCode(Name);

    /// <summary>The two lines this sensor stands for.</summary>
    public override string ToString() =>
        $"acl {Name} src {string.Join(" ", Addresses)} / http_access allow {Name}{(RequiredAcl is null ? string.Empty : " " + RequiredAcl)}";

    internal static Sensor FromConfig(string name, IReadOnlyList<string> addresses, string? requiredAcl = null) => new(name, addresses, requiredAcl);
}
