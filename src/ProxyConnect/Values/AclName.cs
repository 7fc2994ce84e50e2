using System;
using System.Collections.Generic;

namespace ProxyConnect.Values;

/// <summary>
/// The rule for ACL names that ProxyConnect writes. Squid itself accepts any non-white-space bytes
/// (up to 63 bytes until version 6); we accept a conservative subset that survives every Squid
/// parsing mode, including <c>configuration_includes_quoted_values on</c>.
/// </summary>
public static class AclName
{
    /// <summary>The longest name, in bytes (Squid up to version 6: <c>ACL_NAME_SZ</c> is 64 including the terminator).</summary>
    public const int MaxLength = 63;

    /// <summary>What a name may contain, for messages.</summary>
    internal const string Accepted =
        "ACL names are 1 to 63 ASCII letters, digits, '-', '_', '.' and ':', and must not start with '-'.";

    private static readonly string[] PredefinedNames = { "all", "manager", "localhost", "to_localhost", "to_linklocal", "CONNECT" };

    /// <summary>
    /// The ACLs Squid 5.8 and later (6.0.1 and later) define by themselves:
    /// <c>all</c>, <c>manager</c>, <c>localhost</c>, <c>to_localhost</c>, <c>to_linklocal</c>, <c>CONNECT</c>.
    /// </summary>
    public static IReadOnlyList<string> Predefined { get; } = Array.AsReadOnly(PredefinedNames);

    /// <summary>Compares ACL names as Squid does: ordinal and case-insensitive.</summary>
    public static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;

    /// <summary>Whether <paramref name="name"/> is one of the <see cref="Predefined"/> ACLs (case-insensitive).</summary>
    /// <param name="name">The name to look up.</param>
    /// <returns><see langword="true"/> for a predefined ACL name.</returns>
    public static bool IsPredefined(string name)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        foreach (var p in PredefinedNames)
        {
            if (Comparer.Equals(p, name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Checks a name we are about to write; predefined names are rejected.</summary>
    /// <param name="name">The name to check.</param>
    /// <param name="error">Why the name was rejected, or <see langword="null"/> when it is valid.</param>
    /// <returns><see langword="true"/> when the name is valid.</returns>
    public static bool TryValidate(string? name, out string? error) => TryValidate(name, false, out error);

    /// <summary>Checks a name we are about to write.</summary>
    /// <param name="name">The name to check.</param>
    /// <param name="allowPredefined">
    /// <see langword="true"/> to accept the <see cref="Predefined"/> names (to refer to one, for example in
    /// <c>http_access</c>); <see langword="false"/> to reject them (to define a new ACL).
    /// </param>
    /// <param name="error">Why the name was rejected, or <see langword="null"/> when it is valid.</param>
    /// <returns><see langword="true"/> when the name is valid.</returns>
    public static bool TryValidate(string? name, bool allowPredefined, out string? error)
    {
        if (name is null || name.Length == 0)
        {
            error = "the ACL name is empty. " + Accepted;
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!ValueText.IsAsciiLetterOrDigit(c) && c != '-' && c != '_' && c != '.' && c != ':')
            {
                var why = i == 0 && c == '!'
                    ? "it starts with '!', which Squid reads as a negation"
                    : "character " + (i + 1) + " (" + ValueText.Describe(c) + ") is not allowed";
                error = ValueText.Quote(name) + " is not a valid ACL name: " + why + ". " + Accepted;
                return false;
            }
        }

        if (name[0] == '-')
        {
            error = ValueText.Quote(name) + " is not a valid ACL name: it starts with '-', which looks like an option. " + Accepted;
            return false;
        }

        if (name.Length > MaxLength)
        {
            error = ValueText.Quote(name) + " is not a valid ACL name: it is " + name.Length +
                    " characters long; Squid up to version 6 allows at most 63. " + Accepted;
            return false;
        }

        if (!allowPredefined && IsPredefined(name))
        {
            error = ValueText.Quote(name) + " is a predefined Squid ACL (" + string.Join(", ", PredefinedNames) +
                    ", in any letter case); choose another name.";
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>Throws when <paramref name="name"/> is not a valid name for a new ACL (predefined names are rejected).</summary>
    /// <param name="name">The name to check.</param>
    /// <param name="paramName">The name of the caller's parameter, for the exception.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not valid; the message names the value and what is accepted.</exception>
    public static void Validate(string? name, string paramName) => Validate(name, paramName, false);

    /// <summary>Throws when <paramref name="name"/> is not a valid ACL name.</summary>
    /// <param name="name">The name to check.</param>
    /// <param name="paramName">The name of the caller's parameter, for the exception.</param>
    /// <param name="allowPredefined">Whether the <see cref="Predefined"/> names are accepted.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not valid; the message names the value and what is accepted.</exception>
    public static void Validate(string? name, string paramName, bool allowPredefined)
    {
        if (name is null)
        {
            throw new ArgumentNullException(paramName, "the ACL name is null. " + Accepted);
        }

        if (!TryValidate(name, allowPredefined, out var error))
        {
            throw new ArgumentException(error, paramName);
        }
    }
}
