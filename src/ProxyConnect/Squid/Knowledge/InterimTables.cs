using System;
using System.Collections.Generic;
using System.Linq;
using ProxyConnect.Squid.Model;

namespace ProxyConnect.Squid.Knowledge;

// INTERIM (issue 15): the old single-version tables behind the new API, so that the analysis layer can move to
// SquidKnowledge while the generator (tools/knowledge) produces the real per-version tables. Deleted when they land.
internal static class InterimTables
{
    public static KnowledgeTables ForMajor(int major)
    {
        var directives = SquidDirectiveNames.Squid57.Concat(SquidDirectiveNames.Aliases).Concat(SquidDirectiveNames.Newer)
            .Distinct(StringComparer.Ordinal)
            .Select(n => new DirectiveFact(n, n, false, SquidFeature.None)).ToArray();
        var types = AclTypes.All
            .Select(t => new AclTypeFact(t, AclTypes.Canonical(t), KindOf(t), Array.Empty<string>(), SquidFeature.None)).ToArray();
        var predefined = new List<PredefinedAclFact>
        {
            new("all", "src", new[] { "all" }),
            new("manager", "url_regex", new[] { "-i", "^cache_object://", "+i", "^https?://[^/]+/squid-internal-mgr/" }),
            new("localhost", "src", new[] { "127.0.0.1/32", "::1" }),
            new("to_localhost", "dst", new[] { "127.0.0.0/8", "0.0.0.0/32", "::1/128", "::/128" }),
        };
        if (major >= 5)
        {
            predefined.Add(new("CONNECT", "method", new[] { "CONNECT" }));
        }

        if (major >= 6)
        {
            predefined.Add(new("to_linklocal", "dst", new[] { "169.254.0.0/16", "fe80::/10" }));
        }

        var outcomes = new Dictionary<SquidProblem, ProblemOutcome>
        {
            [SquidProblem.UnknownDirective] = ProblemOutcome.Fatal,
            [SquidProblem.OverlappingDstdomain] = major >= 7 ? ProblemOutcome.Warning : ProblemOutcome.Fatal,
            [SquidProblem.OverlappingAddresses] = ProblemOutcome.Warning,
            [SquidProblem.AccelOptionWithoutAccel] = ProblemOutcome.Warning,
            [SquidProblem.MissingFeature] = ProblemOutcome.Fatal,
            [SquidProblem.ObsoleteDirective] = ProblemOutcome.Warning,
        };
        return new KnowledgeTables(directives, types, predefined, Array.Empty<PortOptionFact>(), outcomes);
    }

    private static AclValueKind KindOf(string type) =>
        AclTypes.IsAddress(type) ? AclValueKind.Address
        : AclTypes.IsPort(type) ? AclValueKind.Port
        : AclTypes.IsRegex(type) ? AclValueKind.Regex
        : type switch
        {
            "dstdomain" or "srcdomain" or "ssl::server_name" => AclValueKind.Domain,
            "method" => AclValueKind.Method,
            "proto" => AclValueKind.Protocol,
            "proxy_auth" => AclValueKind.User,
            _ => AclValueKind.Other,
        };
}
