using System.Collections.Generic;
using System.Net;

namespace ProxyConnect.Analysis;

/// <summary>Resolves a destination host name to its addresses, so that <c>dst</c> ACLs can be decided as Squid
/// decides them (Squid matches a name when any of its A or AAAA addresses matches).</summary>
public interface IHostResolver
{
    /// <summary>The addresses of <paramref name="hostName"/>; empty when it does not resolve.</summary>
    /// <param name="hostName">A host name (not an address).</param>
    /// <returns>Its IPv4 and IPv6 addresses.</returns>
    IReadOnlyList<IPAddress> Resolve(string hostName);
}
