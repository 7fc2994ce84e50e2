using System;
using System.Net;
using System.Net.Sockets;

namespace ProxyConnect.Analysis.Evaluation;

/// <summary>An address as 128 bits, IPv4 mapped to <c>::ffff:a.b.c.d</c> as Squid stores it, so that clean
/// values can be matched with two integer comparisons and no allocation.</summary>
internal readonly struct Ip128 : IComparable<Ip128>
{
    private const ulong MappedPrefix = 0x0000_FFFF_0000_0000UL;

    public Ip128(ulong hi, ulong lo)
    {
        Hi = hi;
        Lo = lo;
    }

    public ulong Hi { get; }

    public ulong Lo { get; }

    public bool IsIPv4Mapped => Hi == 0 && (Lo & 0xFFFF_FFFF_0000_0000UL) == MappedPrefix;

    public static Ip128 From(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return new Ip128(0, MappedPrefix | ((ulong)b[0] << 24) | ((ulong)b[1] << 16) | ((ulong)b[2] << 8) | b[3]);
        }

        var v6 = address.GetAddressBytes();
        ulong hi = 0, lo = 0;
        for (var i = 0; i < 8; i++)
        {
            hi = (hi << 8) | v6[i];
            lo = (lo << 8) | v6[i + 8];
        }

        return new Ip128(hi, lo);
    }

    public int CompareTo(Ip128 other) => Hi != other.Hi ? Hi.CompareTo(other.Hi) : Lo.CompareTo(other.Lo);
}
