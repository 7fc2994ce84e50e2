using System;

namespace ProxyConnect.Annotations;

/// <summary>Marks a parameter, property or field whose value must be a proxy address: an IPv4 or IPv6 address or a DNS host name, without scheme or port (see <see cref="ProxyConnect.Values.HostOrAddress"/>).</summary>
/// <remarks>The ProxyConnect analyzer checks every compile-time constant passed to a member marked with this
/// attribute, in the library's API and in yours: put it on your own APIs to get the same diagnostics.</remarks>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, Inherited = true, AllowMultiple = false)]
public sealed class HostOrAddressAttribute : Attribute
{
}
