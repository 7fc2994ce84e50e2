using System;
using System.Collections.Generic;
using System.Linq;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Analysis.Evaluation;

/// <summary>What an evaluation took for granted to decide an ACL; recorded as flags on the hot path and turned
/// into sentences only when a decision is shown.</summary>
[Flags]
internal enum Assumption
{
    None = 0,

    /// <summary>No destination: a <c>dst</c> ACL was decided for "some public internet host".</summary>
    PublicDestination = 1,

    /// <summary>A host name not resolved: a <c>dst</c> ACL was decided assuming it resolves to public addresses.</summary>
    PublicHostName = 2,

    /// <summary>A <c>dst</c> ACL was decided with the addresses the resolver gave.</summary>
    ResolvedName = 4,

    /// <summary>The resolver found no address: Squid's <c>dst</c> ACLs do not match such a name.</summary>
    UnresolvedName = 8,

    /// <summary>A URL ACL was decided on the URL built from method, destination and port.</summary>
    BuiltUrl = 16,

    /// <summary>A URL ACL was decided for every URL of "some public internet host".</summary>
    AnyHostUrl = 32,

    /// <summary>A predefined ACL was used and the caller named no Squid version.</summary>
    DefaultTarget = 64,
}

/// <summary>The sentences for <see cref="Assumption"/> flags.</summary>
internal static class AssumptionText
{
    public static IReadOnlyList<string> Describe(Assumption flags, AccessRequest request, SquidTarget target, RequestUrl url)
    {
        var list = new List<string>();
        if (flags == Assumption.None)
        {
            return list;
        }

        var host = request.DestinationHost;
        if (flags.HasFlag(Assumption.PublicDestination))
        {
            list.Add("no destination given: assuming a public internet host (not loopback, link-local, private or reserved)");
        }

        if (flags.HasFlag(Assumption.PublicHostName))
        {
            list.Add($"assuming {host} resolves to public addresses only (check with --resolve)");
        }

        if (flags.HasFlag(Assumption.ResolvedName))
        {
            var addresses = request.ResolvedAddresses ?? Array.Empty<System.Net.IPAddress>();
            list.Add($"{host} resolved to {string.Join(", ", addresses.Select(a => a.ToString()))}; Squid's dst ACLs match when any of them matches");
        }

        if (flags.HasFlag(Assumption.UnresolvedName))
        {
            list.Add($"{host} did not resolve: Squid's dst ACLs do not match a name without addresses");
        }

        if (flags.HasFlag(Assumption.BuiltUrl) && url.Effective is { } effective)
        {
            list.Add($"the URL Squid sees is assumed to be '{effective}' (give the full URL for another path)");
        }

        if (flags.HasFlag(Assumption.AnyHostUrl))
        {
            var (prefix, suffix) = url.AroundHost;
            list.Add($"the URL ACLs were decided for every URL '{prefix}HOST{suffix}' of a public host");
        }

        if (flags.HasFlag(Assumption.DefaultTarget))
        {
            list.Add($"evaluated for {target}, whose predefined ACLs this answer uses (no Squid version given; they differ between versions)");
        }

        return list;
    }
}
