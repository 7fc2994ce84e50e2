using System;
using System.Collections.Generic;
using ProxyConnect.Analysis.Binding;
using ProxyConnect.Squid.Knowledge;
using ProxyConnect.Squid.Model;
using ProxyConnect.Squid.Syntax;
using ProxyConnect.Values;

namespace ProxyConnect.Squid.Editing;

/// <summary>What the sensor editor needs to know about every line of a document, read from the words of each line
/// (<see cref="WordBuffer"/>) instead of typed views: a view tokenizes its line, and on a config with 20,000 sensors
/// tokenizing every line cost more than linting it. Each answer equals the one the typed views give (the words are the
/// tokens' texts; a test compares both on the corpus); views are made only of the lines an edit changes or names.</summary>
internal sealed class SensorWords
{
    private readonly WordBuffer _words = new();

    /// <summary>The node indexes of the directive lines for which <paramref name="predicate"/> holds, in file order.</summary>
    public List<int> Find(SquidConfig config, Func<WordBuffer, bool> predicate)
    {
        var found = new List<int>();
        var nodes = config.Nodes;
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i] is DirectiveLine line && Matches(line, predicate))
            {
                found.Add(i);
            }
        }

        return found;
    }

    /// <summary>The node index of the first directive line before <paramref name="end"/> for which
    /// <paramref name="predicate"/> holds, or -1.</summary>
    public int FindFirst(SquidConfig config, Func<WordBuffer, bool> predicate, int end)
    {
        var nodes = config.Nodes;
        for (var i = 0; i < nodes.Count && i < end; i++)
        {
            if (nodes[i] is DirectiveLine line && Matches(line, predicate))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="line"/>'s words satisfy <paramref name="predicate"/>.</summary>
    public bool Matches(DirectiveLine line, Func<WordBuffer, bool> predicate)
    {
        _words.Read(line);
        return predicate(_words);
    }

    /// <summary>Names of the ACLs whose type is a login (<paramref name="loginTypes"/>), from every <c>acl</c> line
    /// (as <see cref="SquidConfig.Acls"/> lists them: <c>if</c> branches not resolved).</summary>
    public HashSet<string> LoginAcls(SquidConfig config, IReadOnlyCollection<string> loginTypes)
    {
        var logins = new HashSet<string>(AclName.Comparer);
        foreach (var node in config.Nodes)
        {
            if (node is DirectiveLine line)
            {
                _words.Read(line);
                if (IsAcl(_words) && Contains(loginTypes, SquidKnowledge.CanonicalAclType(Arg(_words, 1))))
                {
                    logins.Add(Arg(_words, 0));
                }
            }
        }

        return logins;
    }

    /// <summary>The names of the sensors <see cref="SensorEditor.Read"/> finds, in the same order: an active
    /// <c>http_access allow NAME [LOGIN]</c> rule (<see cref="RuleSensor"/>) whose NAME is defined by active
    /// <c>acl</c> lines all of type <c>src</c>. Each name is spelled as its first <c>acl</c> line spells it.</summary>
    public List<string> SensorNames(SquidConfig config, HashSet<string> logins)
    {
        var sources = new Dictionary<string, string>(AclName.Comparer);
        var wrongType = new HashSet<string>(AclName.Comparer);
        var ruleNames = new List<string>();
        foreach (var (_, line) in ActiveLines(config))
        {
            _words.Read(line);
            if (IsAcl(_words))
            {
                var name = Arg(_words, 0);
                if (Arg(_words, 1) != "src")
                {
                    wrongType.Add(name);
                }
                else if (!sources.ContainsKey(name))
                {
                    sources.Add(name, name);
                }
            }
            else if (IsRule(_words) && RuleSensor(_words, logins) is { } shape)
            {
                ruleNames.Add(shape.Name);
            }
        }

        var names = new List<string>();
        var seen = new HashSet<string>(AclName.Comparer);
        foreach (var name in ruleNames)
        {
            if (!wrongType.Contains(name) && sources.TryGetValue(name, out var spelled) && seen.Add(name))
            {
                names.Add(spelled);
            }
        }

        return names;
    }

    /// <summary>The node index of the first active <c>http_access</c> rule that names a login ACL and is not
    /// <paramref name="sensorName"/>'s own rule, or -1.</summary>
    public int FirstLoginRuleOfOthers(SquidConfig config, HashSet<string> logins, string sensorName)
    {
        foreach (var (index, line) in ActiveLines(config))
        {
            _words.Read(line);
            if (!IsRule(_words) || !NamesAny(_words, logins))
            {
                continue;
            }

            if (!AclName.Comparer.Equals(RuleSensor(_words, logins)?.Name ?? string.Empty, sensorName))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>The directive lines Squid reads (<see cref="SquidConfig.ActiveSites"/>) with their node indexes, for
    /// questions about <c>acl</c> and <c>http_access</c> lines. Without <c>if</c>/<c>else</c>/<c>endif</c> lines every
    /// such line is read, so the binder is not needed: it leaves out only lines in a false branch, conditionals
    /// themselves, lines without words and lines whose name starts with a byte order mark, and the last two are
    /// neither <c>acl</c> nor <c>http_access</c> lines. On a large config this saves a whole bind per edit.</summary>
    private IEnumerable<(int Index, DirectiveLine Line)> ActiveLines(SquidConfig config)
    {
        var nodes = config.Nodes;
        if (!HasConditional(config))
        {
            for (var i = 0; i < nodes.Count; i++)
            {
                if (nodes[i] is DirectiveLine line)
                {
                    yield return (i, line);
                }
            }

            yield break;
        }

        // The sites are the root document's lines in file order (includes are not followed): walk both together.
        var sites = config.ActiveSites();
        var next = 0;
        for (var i = 0; i < nodes.Count && next < sites.Count; i++)
        {
            if (ReferenceEquals(nodes[i], sites[next].Node))
            {
                yield return (i, sites[next].Node);
                next++;
            }
        }
    }

    private bool HasConditional(SquidConfig config)
    {
        foreach (var node in config.Nodes)
        {
            if (node is DirectiveLine line)
            {
                _words.Read(line);
                if (_words.Count > 0 && (_words[0].Is("if") || _words[0].Is("else") || _words[0].Is("endif")))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the words are an <c>acl</c> line (the view would be an <see cref="AclDirective"/>).</summary>
    public static bool IsAcl(WordBuffer words) => words.Count > 0 && words[0].Is(AclDirective.Keyword);

    /// <summary>Whether the words are an <c>http_access</c> line.</summary>
    public static bool IsRule(WordBuffer words) => words.Count > 0 && words[0].Is(HttpAccessDirective.Keyword);

    /// <summary>Argument <paramref name="index"/> (the word after the name is argument 0), or the empty string as the
    /// views read a missing one.</summary>
    public static string Arg(WordBuffer words, int index) => index + 1 < words.Count ? words[index + 1].Text : string.Empty;

    /// <summary><c>http_access deny all</c>, exactly (<see cref="SensorEditor.IsDenyAll"/>).</summary>
    public static bool IsDenyAll(WordBuffer words) => IsRule(words) && words.Count == 3 && words[1].Is("deny") && words[2].Is("all");

    /// <summary>The sensor an <c>http_access</c> rule allows, as <see cref="SensorEditor"/>'s rule shape reads it:
    /// <c>allow NAME</c>, or <c>allow NAME LOGIN</c> where LOGIN is one of <paramref name="logins"/>.</summary>
    public static (string Name, string? RequiredAcl)? RuleSensor(WordBuffer words, HashSet<string> logins)
    {
        // words: http_access allow ACL [ACL]; an ACL word starting with '!' is negated.
        if (words.Count < 3 || !words[1].Is("allow") || IsNegated(words[2]))
        {
            return null;
        }

        if (words.Count == 3)
        {
            return (words[2].Text, null);
        }

        if (words.Count == 4 && !IsNegated(words[3]) && logins.Contains(words[3].Text))
        {
            return (words[2].Text, words[3].Text);
        }

        return null;
    }

    private static bool NamesAny(WordBuffer words, HashSet<string> names)
    {
        for (var i = 2; i < words.Count; i++)
        {
            var word = words[i];
            var name = IsNegated(word) ? word.From(1).Text : word.Text;
            if (names.Contains(name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNegated(Word word) => word.Length > 0 && word[0] == '!';

    private static bool Contains(IReadOnlyCollection<string> values, string value)
    {
        foreach (var v in values)
        {
            if (v == value)
            {
                return true;
            }
        }

        return false;
    }
}
