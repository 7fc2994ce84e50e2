using System;

namespace ProxyConnect.Annotations;

/// <summary>Marks a parameter, property or field whose value must be a Squid ACL name we may write: letters, digits and <c>-_.:</c>, at most 63 characters, not a predefined ACL (see <see cref="ProxyConnect.Values.AclName"/>).</summary>
/// <remarks>The ProxyConnect analyzer checks every compile-time constant passed to a member marked with this
/// attribute, in the library's API and in yours: put it on your own APIs to get the same diagnostics.</remarks>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, Inherited = true, AllowMultiple = false)]
public sealed class AclNameAttribute : Attribute
{
}
