using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using ProxyConnect.Values;

namespace ProxyConnect.Analyzers;

/// <summary>The verdict on one constant: which diagnostic, its message argument(s), and the replacement a code fix may offer.</summary>
internal readonly struct ValueCheck
{
    /// <summary>The property of a diagnostic that holds the replacement text a code fix offers.</summary>
    internal const string ReplacementKey = "Replacement";

    /// <summary>The property of a diagnostic that says what the replacement does (<see cref="FixTrim"/>, ...).</summary>
    internal const string FixKindKey = "FixKind";

    internal const string FixTrim = "Trim";
    internal const string FixDefaultPort = "DefaultPort";
    internal const string FixCanonical = "Canonical";

    private ValueCheck(DiagnosticDescriptor descriptor, object?[] arguments, string? replacement, string? fixKind)
    {
        Descriptor = descriptor;
        Arguments = arguments;
        Replacement = replacement;
        FixKind = fixKind;
    }

    /// <summary>The diagnostic, or <see langword="null"/> when the value is fine.</summary>
    internal DiagnosticDescriptor? Descriptor { get; }

    internal object?[] Arguments { get; }

    /// <summary>The text (string or number) a code fix may put in place of a literal; <see langword="null"/> for none.</summary>
    internal string? Replacement { get; }

    internal string? FixKind { get; }

    internal bool IsProblem => Descriptor is not null;

    private static ValueCheck Fine => default;

    /// <summary>Checks a compile-time constant against the rule of <paramref name="kind"/>. Null and values of other types pass.</summary>
    internal static ValueCheck Check(ValueKind kind, object? value)
    {
        switch (kind)
        {
            case ValueKind.SquidAddress:
                return value is string address ? CheckSquidAddress(address) : Fine;
            case ValueKind.HostOrAddress:
                return value is string host ? CheckHost(host) : Fine;
            case ValueKind.AclName:
                return value is string name ? CheckAclName(name) : Fine;
            case ValueKind.PortNumber:
                return CheckPort(value);
            default:
                return Fine;
        }
    }

    /// <summary>
    /// A value is reported as a network (PXC0003) rather than an address (PXC0001) when it has a '/' or a '-' between
    /// address characters, the same test the parser uses to decide it is a range (so <c>my-host</c> is an address).
    /// </summary>
    internal static bool LooksLikeNetwork(string text)
    {
        if (text.IndexOf('/') >= 0)
        {
            return true;
        }

        if (text.IndexOf('-') < 0)
        {
            return false;
        }

        foreach (var c in text.Trim())
        {
            var ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == ':' || c == '.' || c == '-';
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static ValueCheck CheckSquidAddress(string text)
    {
        if (SquidAddress.TryParse(text, out var parsed, out var error))
        {
            if (parsed!.CanonicalText is not null && parsed.Warnings.Count > 0)
            {
                return new ValueCheck(
                    Descriptors.NonCanonicalNetwork,
                    new object?[] { string.Join("; ", parsed.Warnings) },
                    parsed.CanonicalText,
                    FixCanonical);
            }

            return Fine;
        }

        if (SquidAddress.IsAmbiguousLegacyIPv4(text, out var meaning))
        {
            return new ValueCheck(Descriptors.AmbiguousLegacyAddress, new object?[] { text, meaning }, null, null);
        }

        var descriptor = LooksLikeNetwork(text) ? Descriptors.InvalidNetwork : Descriptors.InvalidAddress;
        var trimmed = text.Trim();
        var trimFix = trimmed.Length != text.Length && SquidAddress.TryParse(trimmed, out _, out _) ? trimmed : null;
        return new ValueCheck(descriptor, new object?[] { error }, trimFix, trimFix is null ? null : FixTrim);
    }

    private static ValueCheck CheckHost(string text)
    {
        if (HostOrAddress.TryValidate(text, out var error))
        {
            return Fine;
        }

        var trimmed = text.Trim();
        var trimFix = trimmed.Length != text.Length && HostOrAddress.TryValidate(trimmed, out _) ? trimmed : null;
        return new ValueCheck(Descriptors.InvalidAddress, new object?[] { error }, trimFix, trimFix is null ? null : FixTrim);
    }

    private static ValueCheck CheckAclName(string text)
    {
        if (AclName.TryValidate(text, out var error))
        {
            return Fine;
        }

        var trimmed = text.Trim();
        var trimFix = trimmed.Length != text.Length && AclName.TryValidate(trimmed, out _) ? trimmed : null;
        return new ValueCheck(Descriptors.InvalidAclName, new object?[] { error }, trimFix, trimFix is null ? null : FixTrim);
    }

    private static ValueCheck CheckPort(object? value)
    {
        string? error;
        switch (value)
        {
            case string text:
                if (PortNumber.TryParse(text, out _, out error))
                {
                    return Fine;
                }

                var trimmed = text.Trim();
                var trimFix = trimmed.Length != text.Length && PortNumber.TryParse(trimmed, out _, out _) ? trimmed : null;
                return new ValueCheck(Descriptors.PortOutOfRange, new object?[] { error }, trimFix, trimFix is null ? null : FixTrim);
            case int or short or sbyte or long or uint or ushort or byte or ulong:
                var number = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
                if (number >= PortNumber.Min && number <= PortNumber.Max)
                {
                    return Fine;
                }

                error = number < PortNumber.Min
                    ? "port " + number.ToString(CultureInfo.InvariantCulture) + " is smaller than 1; expected a number from 1 to 65535"
                    : "port " + number.ToString(CultureInfo.InvariantCulture) + " is larger than 65535";
                if (number >= int.MinValue && number <= int.MaxValue)
                {
                    PortNumber.TryValidate((int)number, out error);
                }

                return new ValueCheck(
                    Descriptors.PortOutOfRange,
                    new object?[] { error },
                    PortNumber.SquidDefault.ToString(CultureInfo.InvariantCulture),
                    FixDefaultPort);
            default:
                return Fine;
        }
    }
}
