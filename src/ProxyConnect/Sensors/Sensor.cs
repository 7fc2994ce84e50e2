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
    private Sensor(string name, IReadOnlyList<string> addresses, bool unchecked_)
    {
        _ = unchecked_;
        Name = name;
        Addresses = addresses;
    }

    /// <summary>The ACL name.</summary>
    public string Name { get; }

    /// <summary>The <c>src</c> values, in order.</summary>
    public IReadOnlyList<string> Addresses { get; }

    /// <inheritdoc/>
    public bool Equals(Sensor? other) =>
        other is not null && AclName.Comparer.Equals(Name, other.Name) && Addresses.SequenceEqual(other.Addresses, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => AclName.Comparer.GetHashCode(Name);

    /// <summary>The two lines this sensor stands for.</summary>
    public override string ToString() => $"acl {Name} src {string.Join(" ", Addresses)} / http_access allow {Name}";

    internal static Sensor FromConfig(string name, IReadOnlyList<string> addresses) => new(name, addresses, true);
}
