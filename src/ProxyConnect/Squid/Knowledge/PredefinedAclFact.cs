using System.Collections.Generic;

namespace ProxyConnect.Squid.Knowledge;

/// <summary>An ACL a Squid version defines by itself.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Type">Its type.</param>
/// <param name="Values">Its values, as Squid's own default <c>acl</c> line writes them.</param>
/// <param name="Feature">The build option that makes Squid define it (the <c>ssl::cert…</c> ACLs exist in OpenSSL builds only).</param>
internal sealed record PredefinedAclFact(string Name, string Type, IReadOnlyList<string> Values, SquidFeature Feature = SquidFeature.None);
