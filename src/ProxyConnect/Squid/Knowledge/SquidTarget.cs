using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ProxyConnect.Squid.Knowledge;

/// <summary>
/// The Squid a config is meant for: its version and whether it is an OpenSSL build (Debian's <c>squid-openssl</c>,
/// most container images) or not (Debian's plain <c>squid</c> is built with GnuTLS). Lint, evaluation, generation and
/// edit checks answer for one target. Facts are known per major version (4, 5, 6, 7), taken from the Debian release
/// of that major; a target such as 6.10 uses the facts of 6.
/// </summary>
public sealed class SquidTarget : IEquatable<SquidTarget>
{
    /// <summary>Creates a target.</summary>
    /// <param name="major">Major version, 4 to 7.</param>
    /// <param name="minor">Minor version (0 or more).</param>
    /// <param name="openSsl">Whether the build uses OpenSSL (<c>--with-openssl</c>).</param>
    /// <exception cref="ArgumentOutOfRangeException">The major version is not one ProxyConnect knows.</exception>
    public SquidTarget(int major, int minor, bool openSsl = false)
    {
        if (major < OldestMajor || major > NewestMajor)
        {
            throw new ArgumentOutOfRangeException(nameof(major), major, $"ProxyConnect knows Squid {OldestMajor} to {NewestMajor}.");
        }

        if (minor < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(minor), minor, "The minor version is 0 or more.");
        }

        Major = major;
        Minor = minor;
        OpenSsl = openSsl;
    }

    /// <summary>The oldest major version ProxyConnect knows.</summary>
    public const int OldestMajor = 4;

    /// <summary>The newest major version ProxyConnect knows.</summary>
    public const int NewestMajor = 7;

    /// <summary>Squid 4.13 (Debian 11), GnuTLS build.</summary>
    public static SquidTarget Squid4 { get; } = new(4, 13);

    /// <summary>Squid 5.7 (Debian 12), GnuTLS build.</summary>
    public static SquidTarget Squid5 { get; } = new(5, 7);

    /// <summary>Squid 6.13 (Debian 13), GnuTLS build.</summary>
    public static SquidTarget Squid6 { get; } = new(6, 13);

    /// <summary>Squid 7.7 (Debian unstable), GnuTLS build.</summary>
    public static SquidTarget Squid7 { get; } = new(7, 7);

    /// <summary>The newest Squid ProxyConnect knows: the target when none is given and none can be detected.</summary>
    public static SquidTarget Newest => Squid7;

    /// <summary>One target per known major version, oldest first.</summary>
    public static IReadOnlyList<SquidTarget> Known { get; } = Array.AsReadOnly(new[] { Squid4, Squid5, Squid6, Squid7 });

    /// <summary>The major version.</summary>
    public int Major { get; }

    /// <summary>The minor version.</summary>
    public int Minor { get; }

    /// <summary>Whether the build uses OpenSSL; <c>ssl-bump</c>, <c>ssl::server_name</c>, <c>at_step</c> and friends need it.</summary>
    public bool OpenSsl { get; }

    /// <summary>This target with another TLS library.</summary>
    /// <param name="openSsl">Whether the build uses OpenSSL.</param>
    /// <returns>The same version with <paramref name="openSsl"/>.</returns>
    public SquidTarget WithOpenSsl(bool openSsl) => openSsl == OpenSsl ? this : new SquidTarget(Major, Minor, openSsl);

    /// <summary>Parses <c>4</c>, <c>5</c>, <c>6</c>, <c>7</c> (that major's Debian release) or <c>X.Y</c>; a
    /// <c>+openssl</c> suffix marks an OpenSSL build.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The target.</returns>
    /// <exception cref="FormatException">The text is not a version ProxyConnect knows, with the accepted forms.</exception>
    public static SquidTarget Parse(string text)
    {
        if (TryParse(text, out var target, out var error))
        {
            return target!;
        }

        throw new FormatException(error);
    }

    /// <summary>Parses a target like <see cref="Parse(string)"/> without throwing.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="target">The target, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> names a known version.</returns>
    public static bool TryParse(string? text, out SquidTarget? target) => TryParse(text, out target, out _);

    private static bool TryParse(string? text, out SquidTarget? target, out string error)
    {
        // The message is formatted only on failure: formatting is the first use of the current culture in a fresh
        // process (ICU's data), which a successful parse need not pay.
        if (TryParseVersion(text, out target))
        {
            error = string.Empty;
            return true;
        }

        error = $"'{text}' is not a Squid version ProxyConnect knows: use {OldestMajor} to {NewestMajor}, or X.Y such as 6.13, optionally followed by +openssl.";
        return false;
    }

    private static bool TryParseVersion(string? text, out SquidTarget? target)
    {
        target = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var t = text!.Trim();
        var openSsl = false;
        const string suffix = "+openssl";
        if (t.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
        {
            openSsl = true;
            t = t.Substring(0, t.Length - suffix.Length);
        }

        var parts = t.Split('.');
        if (parts.Length > 3 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || major < OldestMajor || major > NewestMajor)
        {
            return false;
        }

        if (parts.Length == 1)
        {
            target = Known[major - OldestMajor].WithOpenSsl(openSsl);
            return true;
        }

        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            || (parts.Length == 3 && !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            return false;
        }

        target = new SquidTarget(major, minor, openSsl);
        return true;
    }

    /// <summary>Holds the pattern of <see cref="FromVersionOutput"/> in a class of its own, so that it is built on
    /// first use: every lint names a target, and a short-lived native process or a build-time analyzer would
    /// otherwise build the regex (and load the regex engine) for nothing.</summary>
    private static class VersionPattern
    {
        public static readonly Regex Line = new(@"Version (\d+)\.(\d+)", RegexOptions.CultureInvariant);
    }

    /// <summary>Reads the target from the output of <c>squid -v</c>: its version, and <c>--with-openssl</c> among
    /// the configure options.</summary>
    /// <param name="squidVersionOutput">What <c>squid -v</c> printed.</param>
    /// <returns>The target, or <see langword="null"/> when the output names no version ProxyConnect knows.</returns>
    public static SquidTarget? FromVersionOutput(string squidVersionOutput)
    {
        if (squidVersionOutput is null)
        {
            throw new ArgumentNullException(nameof(squidVersionOutput));
        }

        var m = VersionPattern.Line.Match(squidVersionOutput);
        if (!m.Success)
        {
            return null;
        }

        var major = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var minor = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        if (major < OldestMajor || major > NewestMajor)
        {
            return null;
        }

        return new SquidTarget(major, minor, squidVersionOutput.IndexOf("'--with-openssl", StringComparison.Ordinal) >= 0);
    }

    /// <summary>Whether two targets name the same version and TLS library.</summary>
    /// <param name="other">The other target.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(SquidTarget? other) => other is not null && other.Major == Major && other.Minor == Minor && other.OpenSsl == OpenSsl;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SquidTarget);

    /// <inheritdoc/>
    public override int GetHashCode() => (Major * 1000 + Minor) * 2 + (OpenSsl ? 1 : 0);

    /// <summary>The version as users write it, with the TLS library: <c>Squid 5.7</c>, <c>Squid 6.13 (OpenSSL)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"Squid {Major}.{Minor}" + (OpenSsl ? " (OpenSSL)" : string.Empty);
}
