using System.Collections.Generic;
using System.Linq;
using System.Net;

namespace ProxyConnect.Analysis.Evaluation;

/// <summary>
/// The addresses a public internet host can have: IPv4 unicast outside the special-purpose blocks (this network,
/// private, shared 100.64/10, loopback, link-local, IETF protocol assignments, documentation, 6to4 relay,
/// benchmarking, multicast, reserved and broadcast), and IPv6 global unicast 2000::/3 (plus the NAT64 prefix
/// 64:ff9b::/96) outside documentation, benchmarking, Teredo and ORCHID. Everything else (loopback, unspecified,
/// ULA, link-local, multicast, unassigned space) is not public. When in doubt a block counts as public: that can
/// only make an answer Indeterminate, never wrong.
/// </summary>
internal static class PublicAddressSpace
{
    private static readonly string[] NotPublicIPv4 =
    {
        "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24",
        "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24",
        "224.0.0.0/4", "240.0.0.0/4",
    };

    private static readonly string[] PublicIPv6 = { "2000::/3", "64:ff9b::/96" };

    private static readonly string[] NotPublicIPv6 =
    {
        "2001::/32", "2001:2::/48", "2001:10::/28", "2001:20::/28", "2001:db8::/32", "3fff::/20",
    };

    /// <summary>Disjoint, sorted intervals of public addresses (IPv4 mapped as Squid stores it).</summary>
    private static readonly (Ip128 Low, Ip128 High)[] Public = Build();

    /// <summary>Whether some address in [low, high] is public.</summary>
    public static bool Intersects(Ip128 low, Ip128 high) => Public.Any(p => p.Low.CompareTo(high) <= 0 && low.CompareTo(p.High) <= 0);

    /// <summary>Whether the address is public.</summary>
    public static bool Contains(Ip128 address) => Intersects(address, address);

    /// <summary>Whether the intervals together hold every public address.</summary>
    public static bool CoveredBy(IReadOnlyList<(Ip128 Low, Ip128 High)> intervals) =>
        Public.All(p => Subtract(new List<(Ip128, Ip128)> { p }, intervals).Count == 0);

    private static (Ip128, Ip128)[] Build()
    {
        var v4 = Subtract(new List<(Ip128, Ip128)> { Block("0.0.0.0/0") }, NotPublicIPv4.Select(Block).ToList());
        var v6 = Subtract(PublicIPv6.Select(Block).ToList(), NotPublicIPv6.Select(Block).ToList());
        return v4.Concat(v6).OrderBy(i => i.Item1).ToArray();
    }

    private static List<(Ip128, Ip128)> Subtract(List<(Ip128 Low, Ip128 High)> from, IReadOnlyList<(Ip128 Low, Ip128 High)> remove)
    {
        var current = from;
        foreach (var (rl, rh) in remove)
        {
            var next = new List<(Ip128, Ip128)>();
            foreach (var (l, h) in current)
            {
                if (rh.CompareTo(l) < 0 || h.CompareTo(rl) < 0)
                {
                    next.Add((l, h));
                    continue;
                }

                if (l.CompareTo(rl) < 0)
                {
                    next.Add((l, Previous(rl)));
                }

                if (rh.CompareTo(h) < 0)
                {
                    next.Add((Next(rh), h));
                }
            }

            current = next;
        }

        return current;
    }

    private static (Ip128, Ip128) Block(string cidr)
    {
        var slash = cidr.IndexOf('/');
        var address = IPAddress.Parse(cidr.Substring(0, slash));
        var prefix = int.Parse(cidr.Substring(slash + 1), System.Globalization.CultureInfo.InvariantCulture);
        var bits = Ip128.From(address);
        var hostBits = (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128) - prefix;
        var (maskHi, maskLo) = LowBits(hostBits);
        return (new Ip128(bits.Hi & ~maskHi, bits.Lo & ~maskLo), new Ip128(bits.Hi | maskHi, bits.Lo | maskLo));
    }

    private static (ulong Hi, ulong Lo) LowBits(int count) => count switch
    {
        0 => (0, 0),
        < 64 => (0, (1UL << count) - 1),
        64 => (0, ulong.MaxValue),
        < 128 => ((1UL << (count - 64)) - 1, ulong.MaxValue),
        _ => (ulong.MaxValue, ulong.MaxValue),
    };

    private static Ip128 Next(Ip128 a) => a.Lo == ulong.MaxValue ? new Ip128(a.Hi + 1, 0) : new Ip128(a.Hi, a.Lo + 1);

    private static Ip128 Previous(Ip128 a) => a.Lo == 0 ? new Ip128(a.Hi - 1, ulong.MaxValue) : new Ip128(a.Hi, a.Lo - 1);
}
