using System;
using System.Net;
using System.Net.Sockets;

namespace ProxyConnect.Values;

/// <summary>
/// A 128-bit address as Squid compares addresses: IPv6, with IPv4 stored as IPv4-mapped IPv6 (<c>::ffff:a.b.c.d</c>).
/// </summary>
internal readonly struct IpBits : IEquatable<IpBits>, IComparable<IpBits>
{
    private const ulong MappedPrefix = 0xFFFF_0000_0000UL;

    internal IpBits(ulong high, ulong low)
    {
        High = high;
        Low = low;
    }

    internal ulong High { get; }

    internal ulong Low { get; }

    internal static IpBits AllOnes => new IpBits(ulong.MaxValue, ulong.MaxValue);

    internal bool IsIPv4Mapped => High == 0 && (Low >> 32) == 0xFFFF;

    internal uint IPv4 => (uint)Low;

    internal static IpBits FromIPv4(uint value) => new IpBits(0, MappedPrefix | value);

    internal static IpBits FromAddress(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return FromIPv4(((uint)bytes[0] << 24) | ((uint)bytes[1] << 16) | ((uint)bytes[2] << 8) | bytes[3]);
        }

        ulong high = 0, low = 0;
        for (var i = 0; i < 8; i++)
        {
            high = (high << 8) | bytes[i];
            low = (low << 8) | bytes[i + 8];
        }

        return new IpBits(high, low);
    }

    /// <summary>The mask with the top <paramref name="prefix"/> bits set (0 to 128).</summary>
    internal static IpBits PrefixMask(int prefix)
    {
        if (prefix <= 0)
        {
            return default;
        }

        if (prefix >= 128)
        {
            return AllOnes;
        }

        if (prefix >= 64)
        {
            return new IpBits(ulong.MaxValue, prefix == 64 ? 0 : ulong.MaxValue << (128 - prefix));
        }

        return new IpBits(ulong.MaxValue << (64 - prefix), 0);
    }

    /// <summary>The number of leading one bits.</summary>
    internal int LeadingOnes()
    {
        var count = 0;
        for (var bit = 127; bit >= 0; bit--)
        {
            var word = bit >= 64 ? High : Low;
            if (((word >> (bit % 64)) & 1) == 0)
            {
                break;
            }

            count++;
        }

        return count;
    }

    internal IPAddress ToIPAddress(bool asIPv4)
    {
        if (asIPv4)
        {
            var v = IPv4;
            return new IPAddress(new[] { (byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v });
        }

        var bytes = new byte[16];
        for (var i = 0; i < 8; i++)
        {
            bytes[i] = (byte)(High >> (56 - (8 * i)));
            bytes[i + 8] = (byte)(Low >> (56 - (8 * i)));
        }

        return new IPAddress(bytes);
    }

    public static IpBits operator &(IpBits a, IpBits b) => new IpBits(a.High & b.High, a.Low & b.Low);

    public static IpBits operator |(IpBits a, IpBits b) => new IpBits(a.High | b.High, a.Low | b.Low);

    public static IpBits operator ~(IpBits a) => new IpBits(~a.High, ~a.Low);

    public static bool operator ==(IpBits a, IpBits b) => a.Equals(b);

    public static bool operator !=(IpBits a, IpBits b) => !a.Equals(b);

    public static bool operator <(IpBits a, IpBits b) => a.CompareTo(b) < 0;

    public static bool operator >(IpBits a, IpBits b) => a.CompareTo(b) > 0;

    public static bool operator <=(IpBits a, IpBits b) => a.CompareTo(b) <= 0;

    public static bool operator >=(IpBits a, IpBits b) => a.CompareTo(b) >= 0;

    public int CompareTo(IpBits other) => High != other.High ? High.CompareTo(other.High) : Low.CompareTo(other.Low);

    public bool Equals(IpBits other) => High == other.High && Low == other.Low;

    public override bool Equals(object? obj) => obj is IpBits other && Equals(other);

    public override int GetHashCode() => High.GetHashCode() ^ (Low.GetHashCode() * 31);
}
