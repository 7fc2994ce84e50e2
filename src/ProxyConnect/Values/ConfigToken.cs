using System;
using System.Text;

namespace ProxyConnect.Values;

/// <summary>
/// The anti-injection rule: whether a value can be written as exactly one squid.conf token.
/// A value that passes can never end the line, start a comment, continue onto the next line,
/// split into two tokens or be read as a negation.
/// </summary>
public static class ConfigToken
{
    /// <summary>
    /// The longest token accepted, in UTF-8 bytes. Squid limits quoted strings and lines of value files
    /// to 2048 bytes and splits physical lines longer than 8191 bytes.
    /// </summary>
    public const int MaxBytes = 2048;

    /// <summary>What a token may contain, for messages.</summary>
    internal const string Accepted =
        "A squid.conf token must be non-empty and must not contain white space, control characters, '#' or quotes (\" or '), " +
        "must not start with '!' or end with '\\', and must not contain '${'.";

    /// <summary>
    /// Checks that <paramref name="value"/> is safe to write as one squid.conf token: non-empty, no white space,
    /// no control characters, no <c>#</c>, no quotes, no leading <c>!</c>, no trailing <c>\</c> (a line continuation),
    /// no <c>${</c> (a Squid macro), at most <see cref="MaxBytes"/> UTF-8 bytes.
    /// </summary>
    /// <param name="value">The value to check.</param>
    /// <param name="error">Why the value was rejected, or <see langword="null"/> when it is valid.</param>
    /// <returns><see langword="true"/> when the value is safe to write.</returns>
    public static bool TryValidate(string? value, out string? error) => TryValidate(value, false, out error);

    /// <summary>
    /// Like <see cref="TryValidate(string?, out string?)"/>, and also rejects a leading <c>-</c> or <c>+</c>,
    /// which Squid reads as an ACL option (such as <c>-i</c> or <c>-n</c>) before the first value.
    /// Use it for the values of an <c>acl</c> line.
    /// </summary>
    /// <param name="value">The value to check.</param>
    /// <param name="error">Why the value was rejected, or <see langword="null"/> when it is valid.</param>
    /// <returns><see langword="true"/> when the value is safe to write as an ACL value.</returns>
    public static bool TryValidateAclValue(string? value, out string? error) => TryValidate(value, true, out error);

    /// <summary>Throws when <paramref name="value"/> is not safe to write as one squid.conf token.</summary>
    /// <param name="value">The value to check.</param>
    /// <param name="paramName">The name of the caller's parameter, for the exception.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a safe token.</exception>
    public static void Validate(string? value, string paramName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName);
        }

        if (!TryValidate(value, out var error))
        {
            throw new ArgumentException(error, paramName);
        }
    }

    private static bool TryValidate(string? value, bool aclValue, out string? error)
    {
        if (value is null || value.Length == 0)
        {
            error = "the value is empty. " + Accepted;
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var bad = char.IsWhiteSpace(c) || char.IsControl(c) || c == '#' || c == '"' || c == '\'';
            if (!bad && char.IsSurrogate(c))
            {
                // Only a well-formed pair can be written as UTF-8.
                var pair = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
                if (pair)
                {
                    i++;
                    continue;
                }

                bad = true;
            }

            if (bad)
            {
                error = ValueText.Quote(value) + " cannot be written as one squid.conf token: character " + (i + 1) +
                        " (" + ValueText.Describe(c) + ") is not allowed. " + Accepted;
                return false;
            }
        }

        if (value[0] == '!')
        {
            error = ValueText.Quote(value) + " cannot be written as one squid.conf token: it starts with '!', which Squid reads as a negation. " + Accepted;
            return false;
        }

        if (aclValue && (value[0] == '-' || value[0] == '+'))
        {
            error = ValueText.Quote(value) + " cannot be written as an ACL value: it starts with '" + value[0] +
                    "', which Squid reads as an ACL option. " + Accepted + " ACL values must not start with '-' or '+'.";
            return false;
        }

        if (value[value.Length - 1] == '\\')
        {
            error = ValueText.Quote(value) + " cannot be written as one squid.conf token: it ends with '\\', which Squid reads as a line continuation. " + Accepted;
            return false;
        }

        if (value.IndexOf("${", StringComparison.Ordinal) >= 0)
        {
            error = ValueText.Quote(value) + " cannot be written as one squid.conf token: Squid expands '${...}' as a macro. " + Accepted;
            return false;
        }

        var bytes = Encoding.UTF8.GetByteCount(value);
        if (bytes > MaxBytes)
        {
            error = "the value is " + bytes + " bytes long in UTF-8; a squid.conf token we write is at most " + MaxBytes + " bytes.";
            return false;
        }

        error = null;
        return true;
    }
}
