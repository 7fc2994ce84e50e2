namespace ProxyConnect.Squid.Knowledge;

/// <summary>What one Squid version knows of a directive name.</summary>
/// <param name="Name">The name as written (the canonical name or an alias); case-sensitive, as Squid compares.</param>
/// <param name="CanonicalName">The first name on its <c>NAME:</c> line.</param>
/// <param name="IsObsolete">Squid recognises the name only to say it was removed (<c>TYPE: obsolete</c>).</param>
/// <param name="Feature">The build option it needs. Without it Squid prints <c>ERROR: 'name' requires …</c> and
/// ignores the line (<see cref="SquidProblem.MissingFeature"/>).</param>
/// <param name="ObsoleteIsFatal">An obsolete name whose use refuses the whole config (<c>log_access</c> in 4 to 6);
/// other obsolete names print an ERROR line and are ignored (<see cref="SquidProblem.ObsoleteDirective"/>).</param>
/// <param name="ValueType">The name of the parser Squid uses for its value (the <c>TYPE:</c> of <c>cf.data.pre</c>:
/// <c>onoff</c>, <c>int</c>, <c>time_t</c>, <c>acl_access</c>, …); <see langword="null"/> for obsolete names.</param>
internal sealed record DirectiveFact(string Name, string CanonicalName, bool IsObsolete, SquidFeature Feature, bool ObsoleteIsFatal = false, string? ValueType = null);
