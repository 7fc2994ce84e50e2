using System;

namespace ProxyConnect.Annotations;

/// <summary>Marks a parameter, property or field whose value must be an address, CIDR, dotted mask or range as Squid's <c>src</c>/<c>dst</c> ACLs accept it (see <see cref="ProxyConnect.Values.SquidAddress"/>).</summary>
/// <remarks>The ProxyConnect analyzer checks every compile-time constant passed to a member marked with this
/// attribute, in the library's API and in yours: put it on your own APIs to get the same diagnostics.</remarks>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, Inherited = true, AllowMultiple = false)]
public sealed class SquidAddressAttribute : Attribute
{
}
