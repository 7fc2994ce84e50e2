namespace ProxyConnect.Squid.Knowledge;

/// <summary>What one Squid version knows of a directive name.</summary>
/// <param name="Name">The name as written (the canonical name or an alias); case-sensitive, as Squid compares.</param>
/// <param name="CanonicalName">The first name on its <c>NAME:</c> line.</param>
/// <param name="IsObsolete">Squid recognises the name only to say it was removed (<c>TYPE: obsolete</c>).</param>
/// <param name="Feature">The build option it needs.</param>
internal sealed record DirectiveFact(string Name, string CanonicalName, bool IsObsolete, SquidFeature Feature);
