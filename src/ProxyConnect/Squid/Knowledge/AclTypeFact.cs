using System.Collections.Generic;

namespace ProxyConnect.Squid.Knowledge;

/// <summary>What one Squid version knows of an ACL type.</summary>
/// <param name="Name">The type as written; case-sensitive.</param>
/// <param name="CanonicalName">The current name of a renamed type (<c>myip</c> is <c>localip</c>).</param>
/// <param name="ValueKind">What its values are.</param>
/// <param name="Options">The flags it accepts before its values (for example <c>-i</c>, <c>-n</c>), beyond the
/// options every type accepts.</param>
/// <param name="Feature">The build option it needs.</param>
internal sealed record AclTypeFact(string Name, string CanonicalName, AclValueKind ValueKind, IReadOnlyList<string> Options, SquidFeature Feature);
