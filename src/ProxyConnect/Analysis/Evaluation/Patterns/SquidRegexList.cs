using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ProxyConnect.Analysis.Evaluation.Patterns;

/// <summary>
/// The patterns of one regex ACL (<c>url_regex</c>, <c>urlpath_regex</c>, <c>dstdom_regex</c>…) as Squid compiles
/// them: every <c>acl</c> line starts case-sensitive, <c>-i</c> and <c>+i</c> switch case-insensitivity on and off
/// for the patterns after them, leading <c>.*</c> (and <c>^.*</c>) are dropped as Squid does, and the ACL matches
/// when any pattern finds a match anywhere in the string. Patterns are translated to one .NET regex; a pattern
/// that cannot be translated is kept with the reason, so that a string no other pattern matches is "unknown".
/// </summary>
internal sealed class SquidRegexList
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    private readonly List<(string Text, bool IgnoreCase, EreNode Node)> _patterns = new();
    private readonly List<string> _untranslatable = new();
    private readonly ConcurrentDictionary<FamilyKey, FamilyMatch> _families = new();
    private FamilyMemo? _lastFamily;
    private Regex? _regex;
    private Nfa? _nfa;
    private bool _nfaBuilt;

    /// <summary>Why some pattern could not be translated (the first one), or <see langword="null"/>.</summary>
    public string? Untranslatable => _untranslatable.Count == 0 ? null : _untranslatable[0];

    public int Count => _patterns.Count + _untranslatable.Count;

    /// <summary>Adds one <c>acl</c> line: its options (only <c>-i</c> and <c>+i</c> matter here) and its values, in
    /// which <c>-i</c> and <c>+i</c> switch case-insensitivity for the patterns after them.</summary>
    public void AddLine(IEnumerable<string> options, IEnumerable<string> values)
    {
        var ignoreCase = false;
        foreach (var option in options)
        {
            ignoreCase = option == "-i" || (option != "+i" && ignoreCase);
        }

        foreach (var value in values)
        {
            switch (value)
            {
                case "-i":
                    ignoreCase = true;
                    break;
                case "+i":
                    ignoreCase = false;
                    break;
                default:
                    Add(value, ignoreCase);
                    break;
            }
        }

        _regex = null;
        _nfaBuilt = false;
        _families.Clear();
        _lastFamily = null;
    }

    /// <summary>Adds one pattern.</summary>
    public void Add(string pattern, bool ignoreCase)
    {
        var text = WithoutLeadingWildcards(pattern);
        if (text.Any(c => c > 127))
        {
            _untranslatable.Add($"pattern '{pattern}' holds non-ASCII characters, whose bytes depend on the file's encoding");
            return;
        }

        try
        {
            _patterns.Add((pattern, ignoreCase, EreParser.Parse(text, ignoreCase)));
        }
        catch (EreSyntaxException e)
        {
            _untranslatable.Add($"pattern '{pattern}' cannot be translated: {e.Message}");
        }
    }

    /// <summary>Whether some pattern matches <paramref name="subject"/> (one char per byte); <see langword="null"/>
    /// when none does but an untranslated pattern might, or matching took too long.</summary>
    public bool? Matches(string subject)
    {
        try
        {
            if (Regex.IsMatch(subject))
            {
                return true;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        return _untranslatable.Count == 0 ? false : null;
    }

    /// <summary>Whether the patterns match every, no, or some string of a family (see <see cref="SymbolicMatch"/>),
    /// worked out once per family.</summary>
    /// <param name="key">Identifies the family (the URL around the host), for the cache; a value, so a hit allocates nothing.</param>
    /// <param name="family">Builds the family on a miss.</param>
    public FamilyMatch MatchesFamily(FamilyKey key, Func<FamilyKey, EreNode> family)
    {
        // Requests of one shape (CONNECT host:443, GET http://host/) ask with equal keys again and again; comparing
        // with the last computed key is a few reference checks, where the dictionary would hash three strings.
        if (_lastFamily is { } last && last.Key.Equals(key))
        {
            return last.Result;
        }

        if (_families.TryGetValue(key, out var known))
        {
            return known;
        }

        var nfa = Automaton;
        var familyNfa = Nfa.Build(family(key));
        var result = nfa is null || familyNfa is null ? FamilyMatch.Unknown : SymbolicMatch.Decide(nfa, familyNfa);
        result = _untranslatable.Count > 0 && result != FamilyMatch.Always ? FamilyMatch.Unknown : result;
        _families[key] = result;
        _lastFamily = new FamilyMemo(key, result);
        return result;
    }

    private Regex Regex => _regex ??= Build();

    private Nfa? Automaton
    {
        get
        {
            if (!_nfaBuilt)
            {
                _nfa = _patterns.Count == 0 ? null : Nfa.Build(_patterns.Count == 1 ? _patterns[0].Node : new EreAlternation(_patterns.Select(p => p.Node).ToArray()));
                _nfaBuilt = true;
            }

            return _nfa;
        }
    }

    private Regex Build()
    {
        if (_patterns.Count == 0)
        {
            return new Regex("(?!)", RegexOptions.CultureInvariant);
        }

        var text = new StringBuilder();
        var backtracking = false;
        foreach (var (_, _, node) in _patterns)
        {
            text.Append(text.Length == 0 ? "(?:" : "|(?:").Append(EreToDotNet.Write(node)).Append(')');
            backtracking |= EreToDotNet.NeedsBacktracking(node);
        }

        var options = RegexOptions.CultureInvariant;
#if NET7_0_OR_GREATER
        if (!backtracking)
        {
            // Linear time: a POSIX pattern such as (a*)*b must not backtrack for ever on a long URL.
            options |= RegexOptions.NonBacktracking;
        }
#endif
        return new Regex(text.ToString(), options, MatchTimeout);
    }

    /// <summary>Squid's <c>removeUnnecessaryWildcards</c>: <c>.*</c> stays, a leading <c>^.*</c> and then every
    /// leading <c>.*</c> go, and a pattern that was only wildcards becomes <c>.*</c>.</summary>
    internal static string WithoutLeadingWildcards(string pattern)
    {
        if (pattern == ".*")
        {
            return pattern;
        }

        var t = pattern.StartsWith("^.*", StringComparison.Ordinal) ? 3 : 0;
        while (t + 1 < pattern.Length && pattern[t] == '.' && pattern[t + 1] == '*')
        {
            t += 2;
        }

        return t == pattern.Length ? ".*" : pattern.Substring(t);
    }

    /// <summary>A string's bytes as Squid's regex sees them: UTF-8, one char per byte.</summary>
    public static string AsBytes(string text)
    {
        foreach (var c in text)
        {
            if (c > 127)
            {
                return Encoding.GetEncoding("ISO-8859-1").GetString(Encoding.UTF8.GetBytes(text));
            }
        }

        return text;
    }
}

/// <summary>The last family answer of one list, replaced whole so that threads never see half of one.</summary>
internal sealed record FamilyMemo(FamilyKey Key, FamilyMatch Result);

/// <summary>A family of strings around an unknown host: the URL's parts other than the host, or the host alone.</summary>

internal readonly record struct FamilyKey(string? Scheme, int Port, string Path, string? UserInfo, bool HostOnly);
