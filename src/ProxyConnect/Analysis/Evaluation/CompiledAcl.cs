using System;
using System.Collections.Generic;
using System.Linq;
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
    private readonly List<string> _domains = new();
    private bool _noDnsLookup;
    private bool _ignoreCase;
    private bool _anyUser;
    private string? _fileValues;

    private readonly Kind _kind;

    public CompiledAcl(string name, string type)
    {
        Name = name;
        Type = type;

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
            "url_regex" when string.Equals(name, "manager", StringComparison.OrdinalIgnoreCase) => Kind.Manager,
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
        Manager,
        Other,
    }

    public string Name { get; }

    /// <summary>The type (renamed types in their current name).</summary>
    public string Type { get; }

    public static CompiledAcl Predefined(string name, string type, params string[] values)
    {
        var acl = new CompiledAcl(name, type);
        acl.AddValues(Array.Empty<string>(), values, Array.Empty<string>());
        return acl;
    }

    public void Add(AclDirective line) => AddValues(line.Options, line.Values, line.FileReferences);

    public AclMatch Match(AccessRequest request, out string? reason)
    {
        reason = null;
        var result = MatchValues(request, ref reason);
        if (result == AclMatch.NoMatch && _fileValues is not null)
        {
            reason = $"ACL '{Name}' also takes values from '{_fileValues}', which the evaluator does not read";
            return AclMatch.Unknown;
        }

        return result;
    }

    private AclMatch MatchValues(AccessRequest request, ref string? reason)
    {
        switch (_kind)
        {
            case Kind.Src:
                return MatchAddress(request.SourceBits, request.SourceAddress, ref reason);
            case Kind.Dst:
                if (request.DestinationAddress is null)
                {
                    reason = request.DestinationHost is null
                        ? $"ACL '{Name}' (dst) needs the destination address, and the request has none"
                        : $"ACL '{Name}' (dst) needs the address of '{request.DestinationHost}': Squid resolves it with DNS";
                    return AclMatch.Unknown;
                }

                return MatchAddress(request.DestinationBits, request.DestinationAddress, ref reason);
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
            case Kind.Manager when request.Method == "CONNECT":
                // The predefined manager ACL matches cache manager URLs (scheme://host/squid-internal-mgr/);
                // a CONNECT request has no such URL.
                return AclMatch.NoMatch;
            case Kind.Proto:
                reason = $"ACL '{Name}' (proto): the protocol Squid assigns to this request is not modelled";
                return AclMatch.Unknown;
            default:
                reason = $"ACL '{Name}' has type '{Type}', which the evaluator does not model";
                return AclMatch.Unknown;
        }
    }

    private AclMatch MatchAddress(Ip128 bits, System.Net.IPAddress address, ref string? reason)
    {
        var result = AclMatch.NoMatch;
        foreach (var value in _addresses)
        {
            var m = value.Match(bits, address);
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
        if (request.DestinationHost is null && request.DestinationAddress is null)
        {
            reason = $"ACL '{Name}' (dstdomain) needs the destination; give destination";
            return AclMatch.Unknown;
        }

        var host = request.DestinationHost ?? request.Destination!.Trim('[', ']').ToLowerInvariant();
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
                default:
                    _words.Add(value);
                    break;
            }
        }
    }
}
