using ProxyConnect.Squid.Syntax;

namespace ProxyConnect.Squid.Model;

/// <summary>Recognises the two ways a value names a file: <c>"path"</c> when quoted values are off (Squid's
/// <c>strtokFile</c>), and <c>parameters("path")</c> when they are on.</summary>
internal static class FileReference
{
    internal const string ParametersPrefix = "parameters(";

    public static bool TryRead(SyntaxToken token, bool quotedValues, out string? path) => TryRead(token.Text, quotedValues, out path);

    /// <summary>Like <see cref="TryRead(SyntaxToken, bool, out string?)"/>, on a word's text.</summary>
    public static bool TryRead(string text, bool quotedValues, out string? path)
    {
        if (!quotedValues && text.Length >= 2 && (text[0] == '"' || text[0] == '\''))
        {
            // The name runs to the next quote of either kind.
            var end = text.IndexOfAny(new[] { '"', '\'' }, 1);
            path = end > 0 ? text.Substring(1, end - 1) : text.Substring(1);
            return true;
        }

        if (quotedValues && text.StartsWith(ParametersPrefix, System.StringComparison.Ordinal) && text.EndsWith(")", System.StringComparison.Ordinal))
        {
            var inner = text.Substring(ParametersPrefix.Length, text.Length - ParametersPrefix.Length - 1).Trim();
            path = inner.Length >= 2 && (inner[0] == '"' || inner[0] == '\'') ? inner.Substring(1, inner.Length - 2) : inner;
            return true;
        }

        path = null;
        return false;
    }
}
