using System;
using System.Collections.Generic;
using System.Linq;
using ProxyConnect.Analysis.Evaluation.Patterns;
using ProxyConnect.Squid.Knowledge;
using ProxyConnect.Squid.Model;
using ProxyConnect.Values;

namespace ProxyConnect.Analysis.Evaluation;

/// <summary>One named ACL with all its values (same-name lines add values, which are ORed). Mutable while the
/// config is compiled, because Squid's rules point at the ACL object and later lines still add to it.</summary>
internal sealed class CompiledAcl
{
    private readonly List<AddressValue> _addresses = new();
    private readonly List<PortRange> _ports = new();
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly HashSet<string> _protocols = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _domains = new();
    private readonly SquidRegexList _regexes = new();
    private readonly Kind _kind;
    private bool _noDnsLookup;
    private bool _ignoreCase;
    private bool _anyUser;
    private string? _fileValues;
    private AclMatch[]? _publicVerdicts;
    private readonly bool _varies;
    private bool _definedInConfig;

    public CompiledAcl(string name, string type, bool predefined = false, bool varies = false)
    {
        Name = name;
        Type = type;
        IsPredefined = predefined;
        _varies = varies;

        // Decided once here: a string switch per ACL per request would cost more than the match itself.
        _kind = type switch
        {
            "src" => Kind.Src,
            "dst" => Kind.Dst,
            "port" => Kind.Port,
            "localport" => Kind.LocalPort,
            "method" => Kind.Method,
            "dstdomain" => Kind.DstDomain,
            "proxy_auth" => Kind.ProxyAuth,
            "proto" => Kind.Proto,
            "url_regex" => Kind.UrlRegex,
            "urlpath_regex" => Kind.UrlPathRegex,
            "dstdom_regex" => Kind.DstDomRegex,
            _ => Kind.Other,
        };
    }

    private enum Kind
    {
        Src,
        Dst,
        Port,
        LocalPort,
        Method,
        DstDomain,
        ProxyAuth,
        Proto,
        UrlRegex,
        UrlPathRegex,
        DstDomRegex,
        Other,
    }

    public string Name { get; }

    /// <summary>The type (renamed types in their current name).</summary>
    public string Type { get; }

    /// <summary>Defined by Squid itself (its values come from the target's knowledge).</summary>
    public bool IsPredefined { get; }

    /// <summary>A plain <c>src</c> ACL of clean address intervals (no host names, no files): what the sensor index
    /// can answer without calling <see cref="Match"/>.</summary>
    public bool IsPlainSource => _kind == Kind.Src && _fileValues is null && _addresses.Count > 0 && _addresses.All(a => a.Interval is not null);

    /// <summary>The intervals of a plain source ACL.</summary>
    public IEnumerable<(Ip128 Low, Ip128 High)> SourceIntervals => _addresses.Select(a => a.Interval!.Value);

    /// <summary>Whether <see cref="Match"/> records <see cref="Assumption.DefaultTarget"/> (when the caller named no
    /// target) before it compares: an ACL Squid predefines differently by version, which the config leaves alone.</summary>
    public bool NotesDefaultTarget => _varies && !_definedInConfig;

    /// <summary>For a <c>src</c> ACL of clean intervals and <c>all</c> only (no host names, no files), the intervals
    /// the source is compared with, the same in every Squid version; <see langword="null"/> otherwise.</summary>
    public IReadOnlyList<(Ip128 Low, Ip128 High)>? InlineSources
    {
        get
        {
            if (_kind != Kind.Src || _fileValues is not null || !_addresses.All(a => a.IsAll || a.Interval is not null))
            {
                return null;
            }

            return _addresses.Select(a => a.IsAll ? (new Ip128(0, 0), new Ip128(ulong.MaxValue, ulong.MaxValue)) : a.Interval!.Value).ToArray();
        }
    }

    /// <summary>For a <c>port</c> ACL without files, the ranges that can match (a range starting below the lowest
    /// port never does); <see langword="null"/> otherwise.</summary>
    public IReadOnlyList<(int First, int Last)>? InlinePorts =>
        _kind == Kind.Port && _fileValues is null
            ? _ports.Where(p => p.Contains(p.First)).Select(p => (p.First, p.Last)).ToArray()
            : null;

    /// <summary>For a <c>method</c> ACL without files and with at most <paramref name="most"/> names, the names
    /// (compared ordinally, as the set is); <see langword="null"/> otherwise.</summary>
    public IReadOnlyList<string>? InlineMethods(int most) =>
        _kind == Kind.Method && _fileValues is null && _words.Count <= most ? _words.ToArray() : null;

    /// <summary>A predefined ACL with the values the target's Squid gives it.</summary>
    /// <param name="fact">The definition.</param>
    /// <param name="sameInEveryVersion">Whether every known Squid defines it alike.</param>
    public static CompiledAcl Predefined(PredefinedAclFact fact, bool sameInEveryVersion)
    {
        var acl = new CompiledAcl(fact.Name, SquidKnowledge.CanonicalAclType(fact.Type), predefined: true, varies: !sameInEveryVersion);
        acl.AddValues(Array.Empty<string>(), fact.Values, Array.Empty<string>());
        return acl;
    }

    public void Add(AclDirective line)
    {
        _definedInConfig = true;
        AddValues(line.Options, line.Values, line.FileReferences);
    }

    public AclMatch Match(AccessRequest request, ref MatchContext context, out string? reason)
    {
        reason = null;
        // Only an ACL that the config leaves entirely to Squid depends on the version (acl CONNECT method CONNECT
        // written out means the same in every version).
        if (_varies && !_definedInConfig && !context.TargetGiven)
        {
            context.Assumptions |= Assumption.DefaultTarget;
        }

        var result = MatchValues(request, ref context, ref reason);
        if (result == AclMatch.NoMatch && _fileValues is not null)
        {
            reason = $"ACL '{Name}' also takes values from '{_fileValues}', which the evaluator does not read";
            return AclMatch.Unknown;
        }

        return result;
    }

    private AclMatch MatchValues(AccessRequest request, ref MatchContext context, ref string? reason)
    {
        switch (_kind)
        {
            case Kind.Src:
                return MatchAddress(request.SourceBits, request.SourceAddress, context.Major, ref reason);
            case Kind.Dst:
                return MatchDestination(request, ref context, ref reason);
            case Kind.Port:
                return MatchPort(request.Port);
            case Kind.LocalPort:
                if (request.LocalPort is null)
                {
                    reason = $"ACL '{Name}' (localport) needs the Squid port the client used; give localPort";
                    return AclMatch.Unknown;
                }

                return MatchPort(request.LocalPort.Value);
            case Kind.Method:
                return _words.Contains(request.Method) ? AclMatch.Match : AclMatch.NoMatch;
            case Kind.DstDomain:
                return MatchDomain(request, ref reason);
            case Kind.ProxyAuth:
                if (request.User is null)
                {
                    reason = $"ACL '{Name}' (proxy_auth) needs credentials: Squid answers 407 Proxy Authentication Required";
                    return AclMatch.AuthRequired;
                }

                if (_anyUser)
                {
                    return AclMatch.Match;
                }

                return _words.Contains(_ignoreCase ? request.User.ToLowerInvariant() : request.User) ? AclMatch.Match : AclMatch.NoMatch;
            case Kind.Proto:
                var protocol = ProtocolNames.Of(request.SquidUrl.Scheme, context.Major);
                return protocol != ProtocolNames.Unknown && _protocols.Contains(protocol) ? AclMatch.Match : AclMatch.NoMatch;
            case Kind.UrlRegex:
                return MatchUrl(request, ref context, ref reason);
            case Kind.UrlPathRegex:
                if (request.SquidUrl.Scheme is null)
                {
                    // A CONNECT has no path; Squid's urlpath_regex answers "cannot tell", which counts as no match.
                    return AclMatch.NoMatch;
                }

                if (!request.SquidUrl.Given)
                {
                    context.Assumptions |= Assumption.BuiltUrl;
                }

                return Regex(RequestUrl.DecodedPath(request.SquidUrl.Path), ref reason);
            case Kind.DstDomRegex:
                return MatchDomainRegex(request, ref context, ref reason);
            default:
                reason = $"ACL '{Name}' has type '{Type}', which the evaluator does not model";
                return AclMatch.Unknown;
        }
    }

    private AclMatch MatchDestination(AccessRequest request, ref MatchContext context, ref string? reason)
    {
        if (request.DestinationAddress is not null)
        {
            return MatchAddress(request.DestinationBits, request.DestinationAddress, context.Major, ref reason);
        }

        if (request.DestinationHost is not null && _noDnsLookup)
        {
            // dst -n never looks a name up: only an address destination can match.
            return AclMatch.NoMatch;
        }

        if (request.DestinationHost is not null && request.ResolvedAddresses is { } addresses)
        {
            if (addresses.Count == 0)
            {
                context.Assumptions |= Assumption.UnresolvedName;
                return AclMatch.NoMatch;
            }

            context.Assumptions |= Assumption.ResolvedName;
            var result = AclMatch.NoMatch;
            foreach (var address in addresses)
            {
                var m = MatchAddress(Ip128.From(address), address, context.Major, ref reason);
                if (m == AclMatch.Match)
                {
                    return m;
                }

                result = m == AclMatch.Unknown ? m : result;
            }

            return result;
        }

        var verdicts = _publicVerdicts ??= new[] { PublicVerdict(6), PublicVerdict(7) };
        var verdict = verdicts[context.Major >= 7 ? 1 : 0];
        if (verdict == AclMatch.Unknown)
        {
            reason = request.DestinationHost is null
                ? $"ACL '{Name}' (dst) holds public addresses, so the answer depends on the destination; give one"
                : $"ACL '{Name}' (dst) holds public addresses, so the answer depends on what '{request.DestinationHost}' resolves to; resolve it (--resolve)";
            return verdict;
        }

        context.Assumptions |= request.DestinationHost is null ? Assumption.PublicDestination : Assumption.PublicHostName;
        return verdict;
    }

    /// <summary>The answer for any public address: match when the values hold them all, no match when they hold
    /// none, unknown otherwise (or when a value is a host name or an unusual form).</summary>
    /// <param name="major">6 for the keywords' meaning up to Squid 6, 7 for Squid 7's.</param>
    private AclMatch PublicVerdict(int major)
    {
        var intervals = new List<(Ip128, Ip128)>();
        var unusual = false;
        foreach (var value in _addresses)
        {
            if (value.IsAll)
            {
                return AclMatch.Match;
            }

            if (value.Intervals(major) is { } some)
            {
                intervals.AddRange(some);
            }
            else
            {
                unusual = true;
            }
        }

        if (PublicAddressSpace.CoveredBy(intervals))
        {
            return AclMatch.Match;
        }

        return !unusual && !intervals.Any(i => PublicAddressSpace.Intersects(i.Item1, i.Item2)) ? AclMatch.NoMatch : AclMatch.Unknown;
    }

    private AclMatch MatchUrl(AccessRequest request, ref MatchContext context, ref string? reason)
    {
        var url = request.SquidUrl;
        if (url.Scheme is not null && !url.Given)
        {
            context.Assumptions |= Assumption.BuiltUrl;
        }

        if (url.Host is null)
        {
            return FromFamily(_regexes.MatchesFamily(url.Family, HostFamily.Of), "the URL", ref context, ref reason);
        }

        // Decided for every host of this URL's shape at once (and cached): no string to build or match, which keeps
        // rules like the predefined manager free on the hot path.
        if (url.HostInFamily)
        {
            switch (_regexes.MatchesFamily(url.Family, HostFamily.Of))
            {
                case FamilyMatch.Always:
                    return AclMatch.Match;
                case FamilyMatch.Never:
                    return AclMatch.NoMatch;
            }
        }

        return Regex(url.DecodedEffective(context.Major), ref reason);
    }

    private static readonly FamilyKey HostAlone = new(null, 0, string.Empty, null, HostOnly: true);

    private AclMatch MatchDomainRegex(AccessRequest request, ref MatchContext context, ref string? reason)
    {
        var host = request.SquidUrl.Host;
        if (host is null)
        {
            return FromFamily(_regexes.MatchesFamily(HostAlone, HostFamily.Of), "the host", ref context, ref reason);
        }

        var m = Regex(SquidRegexList.AsBytes(host), ref reason);
        if (m == AclMatch.NoMatch && request.DestinationAddress is not null && !_noDnsLookup)
        {
            reason = $"ACL '{Name}' (dstdom_regex) with an address destination: Squid matches its reverse DNS name";
            return AclMatch.Unknown;
        }

        return m;
    }

    private AclMatch FromFamily(FamilyMatch family, string what, ref MatchContext context, ref string? reason)
    {
        switch (family)
        {
            case FamilyMatch.Always:
                context.Assumptions |= Assumption.AnyHostUrl;
                return AclMatch.Match;
            case FamilyMatch.Never:
                context.Assumptions |= Assumption.AnyHostUrl;
                return AclMatch.NoMatch;
            case FamilyMatch.Sometimes:
                reason = $"ACL '{Name}' ({Type}) matches {what} of some hosts and not of others; give the destination";
                return AclMatch.Unknown;
            default:
                reason = $"ACL '{Name}' ({Type}) could not be worked out for every host ({_regexes.Untranslatable ?? "a word assertion, or too large"}); give the destination";
                return AclMatch.Unknown;
        }
    }

    private AclMatch Regex(string subject, ref string? reason)
    {
        switch (_regexes.Matches(subject))
        {
            case true:
                return AclMatch.Match;
            case false:
                return AclMatch.NoMatch;
            default:
                reason = $"ACL '{Name}' ({Type}): {_regexes.Untranslatable ?? "matching took too long"}";
                return AclMatch.Unknown;
        }
    }

    private AclMatch MatchAddress(Ip128 bits, System.Net.IPAddress address, int major, ref string? reason)
    {
        var result = AclMatch.NoMatch;
        foreach (var value in _addresses)
        {
            var m = value.Match(bits, address, major);
            if (m == AclMatch.Match)
            {
                return m;
            }

            if (m == AclMatch.Unknown && result == AclMatch.NoMatch)
            {
                result = m;
                reason = $"ACL '{Name}' has the host name '{value.Text}', which Squid resolved with DNS when it read the config";
            }
        }

        return result;
    }

    private AclMatch MatchPort(int port)
    {
        foreach (var range in _ports)
        {
            if (range.Contains(port))
            {
                return AclMatch.Match;
            }
        }

        return AclMatch.NoMatch;
    }

    private AclMatch MatchDomain(AccessRequest request, ref string? reason)
    {
        var host = request.SquidUrl.Host;
        if (host is null)
        {
            reason = $"ACL '{Name}' (dstdomain) depends on the destination host; give one";
            return AclMatch.Unknown;
        }

        foreach (var d in _domains)
        {
            if (d[0] == '.'
                ? host.Length >= d.Length - 1 && (string.Equals(host, d.Substring(1), StringComparison.Ordinal) || host.EndsWith(d, StringComparison.Ordinal))
                : string.Equals(host, d, StringComparison.Ordinal))
            {
                return AclMatch.Match;
            }
        }

        if (request.DestinationAddress is not null && !_noDnsLookup)
        {
            // Squid then looks the address up in reverse DNS and matches the name it gets.
            reason = $"ACL '{Name}' (dstdomain) with an address destination: Squid matches its reverse DNS name";
            return AclMatch.Unknown;
        }

        return AclMatch.NoMatch;
    }

    private void AddValues(IReadOnlyList<string> options, IReadOnlyList<string> values, IReadOnlyList<string> files)
    {
        if (files.Count > 0)
        {
            _fileValues ??= files[0];
        }

        _noDnsLookup |= options.Contains("-n");
        if (_kind is Kind.UrlRegex or Kind.UrlPathRegex or Kind.DstDomRegex)
        {
            _regexes.AddLine(options, values);
            return;
        }

        _ignoreCase |= options.Contains("-i");
        foreach (var value in values)
        {
            switch (Type)
            {
                case "src":
                case "dst":
                case "localip":
                    if (SquidAddress.TryParseAsSquid(value, out var address, out _) && address is not null)
                    {
                        _addresses.Add(new AddressValue(address));
                    }

                    break;
                case "port":
                case "localport":
                    if (PortRange.TryParse(value, out var range, out _))
                    {
                        _ports.Add(range);
                    }

                    break;
                case "dstdomain":
                    _domains.Add(value.ToLowerInvariant().TrimEnd('.') is { Length: > 0 } d ? d : value);
                    break;
                case "proxy_auth":
                    if (value == "REQUIRED")
                    {
                        _anyUser = true;
                    }
                    else
                    {
                        _words.Add(_ignoreCase ? value.ToLowerInvariant() : value);
                    }

                    break;
                case "proto":
                    _protocols.Add(value);
                    break;
                default:
                    _words.Add(value);
                    break;
            }
        }
    }
}
