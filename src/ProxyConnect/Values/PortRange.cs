using System;
using System.Globalization;

namespace ProxyConnect.Values;

/// <summary>
/// A value of Squid's <c>port</c> and <c>localport</c> ACLs: one port <c>N</c> or an inclusive range <c>A-B</c>.
/// The default value (0-0) is not a valid range; create ranges with the constructor or <see cref="TryParse"/>.
/// </summary>
public readonly struct PortRange : IEquatable<PortRange>
{
    /// <summary>Creates the range <paramref name="first"/>-<paramref name="last"/>.</summary>
    /// <param name="first">The first port, 1 to 65535.</param>
    /// <param name="last">The last port, <paramref name="first"/> to 65535.</param>
    /// <exception cref="ArgumentOutOfRangeException">A port is out of range, or <paramref name="last"/> is smaller than <paramref name="first"/>.</exception>
    public PortRange(int first, int last)
    {
        if (!PortNumber.TryValidate(first, out var error))
        {
            throw new ArgumentOutOfRangeException(nameof(first), first, error);
        }

        if (!PortNumber.TryValidate(last, out error))
        {
            throw new ArgumentOutOfRangeException(nameof(last), last, error);
        }

        if (last < first)
        {
            throw new ArgumentOutOfRangeException(nameof(last), last, "the last port " + last + " is smaller than the first port " + first);
        }

        First = first;
        Last = last;
    }

    /// <summary>Creates the range that holds the single <paramref name="port"/>.</summary>
    /// <param name="port">The port, 1 to 65535.</param>
    /// <exception cref="ArgumentOutOfRangeException">The port is out of range.</exception>
    public PortRange(int port)
        : this(port, port)
    {
    }

    /// <summary>The first port of the range.</summary>
    public int First { get; }

    /// <summary>The last port of the range (equal to <see cref="First"/> for a single port).</summary>
    public int Last { get; }

    /// <summary>Whether <paramref name="port"/> is in the range.</summary>
    /// <param name="port">The port to test.</param>
    /// <returns><see langword="true"/> when <see cref="First"/> &lt;= <paramref name="port"/> &lt;= <see cref="Last"/>.</returns>
    public bool Contains(int port) => port >= First && port <= Last && First >= PortNumber.Min;

    /// <summary>Parses <c>N</c> or <c>A-B</c> (A &lt;= B, both 1 to 65535), as Squid's <c>port</c> ACL reads them.</summary>
    /// <param name="text">The text to parse, such as <c>443</c> or <c>1025-65535</c>.</param>
    /// <param name="range">The range, or the default value when parsing failed.</param>
    /// <param name="error">Why the text was rejected, or <see langword="null"/> on success.</param>
    /// <returns><see langword="true"/> when the text is a valid port or port range.</returns>
    public static bool TryParse(string? text, out PortRange range, out string? error)
    {
        range = default;
        if (text is null || text.Length == 0)
        {
            error = "the port range is empty; expected a port such as 443 or a range such as 1025-65535";
            return false;
        }

        var dash = text.IndexOf('-');
        if (dash < 0)
        {
            if (!PortNumber.TryParse(text, out var port, out error))
            {
                return false;
            }

            range = new PortRange(port, port);
            return true;
        }

        var prefix = ValueText.Quote(text) + " is not a valid port range: ";
        if (text.IndexOf('-', dash + 1) >= 0)
        {
            error = prefix + "it has more than one '-'; expected a port such as 443 or a range such as 1025-65535";
            return false;
        }

        var firstText = text.Substring(0, dash);
        var lastText = text.Substring(dash + 1);
        if (firstText.Length == 0)
        {
            error = prefix + "the first port is missing before '-'; expected a range such as 1025-65535";
            return false;
        }

        if (lastText.Length == 0)
        {
            error = prefix + "the last port is missing after '-'; expected a range such as 1025-65535";
            return false;
        }

        if (!PortNumber.TryParse(firstText, out var first, out var firstError))
        {
            error = prefix + "first port: " + firstError;
            return false;
        }

        if (!PortNumber.TryParse(lastText, out var last, out var lastError))
        {
            error = prefix + "last port: " + lastError;
            return false;
        }

        if (last < first)
        {
            error = prefix + "the first port " + first + " is larger than the last port " + last + "; write " + last + "-" + first;
            return false;
        }

        range = new PortRange(first, last);
        error = null;
        return true;
    }

    /// <summary><c>N</c> for a single port, <c>A-B</c> for a range.</summary>
    /// <returns>The text Squid reads back as this range.</returns>
    public override string ToString() => First == Last
        ? First.ToString(CultureInfo.InvariantCulture)
        : First.ToString(CultureInfo.InvariantCulture) + "-" + Last.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(PortRange other) => First == other.First && Last == other.Last;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PortRange other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (First * 397) ^ Last;

    /// <summary>Whether two ranges are equal.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns><see langword="true"/> when both have the same bounds.</returns>
    public static bool operator ==(PortRange left, PortRange right) => left.Equals(right);

    /// <summary>Whether two ranges differ.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns><see langword="true"/> when the bounds differ.</returns>
    public static bool operator !=(PortRange left, PortRange right) => !left.Equals(right);
}
