using System;
using System.Collections.Generic;
using System.Linq;
using ProxyConnect.Sensors;
using ProxyConnect.Squid.IO;
using ProxyConnect.Squid.Knowledge;
using ProxyConnect.Squid.Model;
using ProxyConnect.Squid.Syntax;
using ProxyConnect.Values;

namespace ProxyConnect.Squid.Editing;

/// <summary>Adds, updates, removes and reads sensors: <c>acl NAME src VALUE…</c> directly followed by
/// <c>http_access allow NAME</c>.</summary>
internal static class SensorEditor
{
    /// <summary>The header of a conf.d file that ProxyConnect owns.</summary>
    internal const string ConfDHeader = "Sensors allowed through this proxy. Managed by ProxyConnect: edit with ProxyConnect, not by hand.";

    /// <summary>Lint id of "http_access rule never reached", used for the same warning on an edit.</summary>
    private const string UnreachableRuleCode = "PXC1035";

    /// <summary>Edit warning: a sensor is let in without a login where other clients must log in.</summary>
    internal const string NoLoginCode = "PXC1070";

    /// <summary>ACL types that stand for "this client has logged in".</summary>
    private static readonly string[] LoginAclTypes = { "proxy_auth", "proxy_auth_regex" };

    /// <summary>The login ACL names of each document, read once (documents are immutable).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SquidConfig, HashSet<string>> LoginAclsByDocument = new();

    /// <summary>The sensors of the directives Squid reads (<c>if</c> branches resolved as the evaluator does).</summary>
    public static IReadOnlyList<Sensor> Read(SquidConfig config)
    {
        var active = config.ActiveDirectives();
        var acls = SourceAcls(active.OfType<AclDirective>());
        var logins = LoginAcls(config);
        var sensors = new List<Sensor>();
        var seen = new HashSet<string>(AclName.Comparer);
        foreach (var rule in active.OfType<HttpAccessDirective>())
        {
            if (SensorRuleOf(rule, logins) is { } shape && acls.TryGetValue(shape.Name, out var acl) && seen.Add(shape.Name))
            {
                sensors.Add(Sensor.FromConfig(acl.Name, acl.Values, shape.RequiredAcl));
            }
        }

        return sensors;
    }

    public static SquidConfig Add(SquidConfig config, Sensor sensor, SensorPlacement placement)
    {
        var existing = ExistingDefinition(config, sensor.Name);
        if (existing.Count > 0)
        {
            return Update(config, sensor, existing);
        }

        var editor = new DocumentEditor(config);
        var index = InsertionIndex(config, editor, placement);
        CheckRequiredAcl(config, sensor, index);
        var acl = DirectiveLine.Create(AclDirective.Keyword, new[] { sensor.Name, "src" }.Concat(sensor.Addresses), editor.FormatFor(AclDirective.Keyword, index));
        var rule = DirectiveLine.Create(HttpAccessDirective.Keyword, RuleArguments(sensor), editor.FormatFor(HttpAccessDirective.Keyword, index));
        WarnIfUnreachable(config, editor, index, sensor.Name);
        WarnIfOthersLogIn(config, editor, index, sensor);
        editor.Insert(index, new SyntaxNode[] { acl, rule });
        return editor.Build();
    }

    public static SquidConfig Update(SquidConfig config, Sensor sensor)
    {
        var existing = ExistingDefinition(config, sensor.Name);
        if (existing.Count == 0)
        {
            throw new InvalidOperationException($"{Where(config)} has no sensor '{sensor.Name}' to update; add it instead.");
        }

        return Update(config, sensor, existing);
    }

    public static SquidConfig Remove(SquidConfig config, string name)
    {
        var words = new SensorWords();
        var acls = Located(config, words.Find(config, w => SensorWords.IsAcl(w) && AclName.Comparer.Equals(SensorWords.Arg(w, 0), name)));
        var rules = Located(config, words.Find(config, w => SensorWords.IsRule(w) && NamesAcl(w, name)));
        if (acls.Count == 0 && rules.Count == 0)
        {
            return config;
        }

        var logins = LoginAcls(config);
        var otherUse = rules.FirstOrDefault(r => !AclName.Comparer.Equals(SensorRuleOf((HttpAccessDirective)Directive.From(r.Node, r.Location), logins)?.Name ?? string.Empty, name));
        if (otherUse.Node != null)
        {
            throw new InvalidOperationException(
                $"Cannot remove sensor '{name}': ACL '{name}' is still used by another rule at {otherUse.Location.ToDisplayString()}: '{otherUse.Node.LogicalText}'. Removing it would leave that rule naming an undefined ACL, which Squid refuses.");
        }

        if (acls.Any(a => ((AclDirective)Directive.From(a.Node, a.Location)).AclType != "src"))
        {
            throw new InvalidOperationException($"'{name}' is not a sensor: its ACL is not of type src ({acls[0].Location.ToDisplayString()}).");
        }

        var editor = new DocumentEditor(config);
        foreach (var index in acls.Concat(rules).Select(d => d.Index).OrderByDescending(i => i))
        {
            editor.RemoveAt(index);
        }

        return editor.Build();
    }

    /// <summary>Whether the main config includes <paramref name="confDPath"/> (directly or through a glob) before
    /// its final <c>http_access deny all</c>; a warning for each way it does not.</summary>
    public static IReadOnlyList<ConfigDiagnostic> CheckIncluded(SquidConfig main, string confDPath)
    {
        var words = new SensorWords();
        var includes = Located(main, words.Find(main, w => w.Count > 0 && w[0].Is(IncludeDirective.Keyword)))
            .Select(d => (IncludeDirective)Directive.From(d.Node, d.Location))
            .Where(i => i.Patterns.Any(p => Glob.Matches(p, confDPath)))
            .ToList();
        var denyAll = Located(main, words.Find(main, SensorWords.IsDenyAll))
            .Select(d => (HttpAccessDirective)Directive.From(d.Node, d.Location))
            .LastOrDefault();
        var location = main.LocationOf(0, 1);
        if (includes.Count == 0)
        {
            return new[]
            {
                new ConfigDiagnostic("PXC1060", Severity.Warning,
                    $"{Where(main)} does not include '{confDPath}', so Squid never reads its sensors. Add 'include {confDPath}' (or a glob such as /etc/squid/conf.d/*.conf) before the final 'http_access deny all'.",
                    location),
            };
        }

        if (denyAll != null && includes.All(i => i.Line > denyAll.Line))
        {
            return new[]
            {
                new ConfigDiagnostic("PXC1060", Severity.Warning,
                    $"{Where(main)} includes '{confDPath}' only after its final 'http_access deny all' (line {denyAll.Line}), so Squid never reaches the sensors' rules. Move the include above it.",
                    includes[0].Location!),
            };
        }

        return Array.Empty<ConfigDiagnostic>();
    }

    private static SquidConfig Update(SquidConfig config, Sensor sensor, List<(int Index, AclDirective Acl)> existing)
    {
        var wrongType = existing.FirstOrDefault(e => e.Acl.AclType != "src");
        if (wrongType.Acl != null)
        {
            throw new InvalidOperationException(
                $"ACL '{wrongType.Acl.Name}' already exists with type '{wrongType.Acl.AclType}' at {wrongType.Acl.Location!.ToDisplayString()}; Squid refuses one name with two types. Choose another sensor name.");
        }

        var words = new SensorWords();
        var logins = LoginAcls(config);
        var rule = Located(config, words.Find(config, w => SensorWords.IsRule(w) && AclName.Comparer.Equals(SensorWords.RuleSensor(w, logins)?.Name ?? string.Empty, sensor.Name)))
            .Select(d => (d.Index, Rule: (HttpAccessDirective)Directive.From(d.Node, d.Location)))
            .FirstOrDefault();
        if (rule.Rule is null || !words.SensorNames(config, logins).Contains(sensor.Name, AclName.Comparer))
        {
            throw new InvalidOperationException(
                $"ACL '{existing[0].Acl.Name}' already exists at {existing[0].Acl.Location!.ToDisplayString()} but is not a sensor (there is no 'http_access allow {existing[0].Acl.Name}'). Choose another sensor name.");
        }

        var current = existing.SelectMany(e => e.Acl.Values).ToList();
        var sameAcl = current.SequenceEqual(sensor.Addresses, StringComparer.Ordinal) && existing.Count == 1 && existing[0].Acl.Name == sensor.Name;
        var sameRule = AclName.Comparer.Equals(SensorRuleOf(rule.Rule, logins)!.Value.RequiredAcl ?? string.Empty, sensor.RequiredAcl ?? string.Empty);
        if (sameAcl && sameRule)
        {
            return config;
        }

        // Update in place: the first line keeps its layout and inline comment; further lines of the same ACL go.
        var editor = new DocumentEditor(config);
        var first = existing[0];
        editor.Replace(first.Index, Rewrite(first.Acl.Syntax, AclDirective.Keyword, new[] { sensor.Name, "src" }.Concat(sensor.Addresses)));
        if (!sameRule)
        {
            CheckRequiredAcl(config, sensor, rule.Index);
            editor.Replace(rule.Index, Rewrite(rule.Rule.Syntax, HttpAccessDirective.Keyword, RuleArguments(sensor)));
        }

        WarnIfOthersLogIn(config, editor, rule.Index, sensor);
        foreach (var extra in existing.Skip(1).Select(e => e.Index).OrderByDescending(i => i))
        {
            editor.RemoveAt(extra);
        }

        return editor.Build();
    }

    /// <summary><c>allow NAME</c>, or <c>allow NAME ACL</c> when the sensor requires a login ACL.</summary>
    private static string[] RuleArguments(Sensor sensor) =>
        sensor.RequiredAcl is null ? new[] { "allow", sensor.Name } : new[] { "allow", sensor.Name, sensor.RequiredAcl };

    /// <summary>A required ACL must be a login ACL the config defines above the rule at <paramref name="ruleIndex"/>:
    /// Squid refuses a rule that names an ACL it has not read yet.</summary>
    private static void CheckRequiredAcl(SquidConfig config, Sensor sensor, int ruleIndex)
    {
        var required = sensor.RequiredAcl;
        if (required is null)
        {
            return;
        }

        var definitions = AclLines(config, required);
        if (definitions.Count == 0)
        {
            throw new InvalidOperationException(
                $"Sensor '{sensor.Name}' should require ACL '{required}', but {config.FilePath ?? "the config"} does not define it. Define the login first (for example 'acl {required} proxy_auth REQUIRED' below the auth_param lines).");
        }

        var first = definitions[0];
        if (!LoginAclTypes.Contains(SquidKnowledge.CanonicalAclType(first.Acl.AclType)))
        {
            throw new InvalidOperationException(
                $"ACL '{first.Acl.Name}' ({first.Acl.Location!.ToDisplayString()}) is of type {first.Acl.AclType}, not a login ACL (proxy_auth or proxy_auth_regex); a sensor can require only a login.");
        }

        if (first.Index >= ruleIndex)
        {
            throw new InvalidOperationException(
                $"Sensor '{sensor.Name}' should require ACL '{required}', but '{required}' is defined only at {first.Acl.Location!.ToDisplayString()}, below the place where the sensor's rule goes (before {config.LocationOf(Math.Min(ruleIndex, config.Nodes.Count), 1).ToDisplayString()}); Squid refuses a rule that names an ACL defined later. Move that definition above the rule, or place the sensor below it.");
        }
    }

    /// <summary>A sensor let in without a login while another rule makes clients log in is most likely a mistake
    /// (or a deliberate exception): say so, naming that rule.</summary>
    private static void WarnIfOthersLogIn(SquidConfig config, DocumentEditor editor, int index, Sensor sensor)
    {
        if (sensor.RequiredAcl != null)
        {
            return;
        }

        var words = new SensorWords();
        var at = words.FirstLoginRuleOfOthers(config, LoginAcls(config), sensor.Name);
        if (at >= 0)
        {
            var located = Located(config, new[] { at })[0];
            var loginRule = (HttpAccessDirective)Directive.From(located.Node, located.Location);
            editor.Warn(NoLoginCode,
                $"Sensor '{sensor.Name}' is let in without a login, while '{loginRule}' at {loginRule.Location!.ToDisplayString()} makes other clients log in. If the sensor should log in too, add it with a required login ACL.",
                index);
        }
    }

    /// <summary>Names of the ACLs whose type is a login (proxy_auth, proxy_auth_regex).</summary>
    /// <remarks>One edit asks several times (placement, warnings); documents are immutable, so the set is kept per document.</remarks>
    private static HashSet<string> LoginAcls(SquidConfig config) => LoginAclsByDocument.GetValue(config, c => new SensorWords().LoginAcls(c, LoginAclTypes));

    private static DirectiveLine Rewrite(DirectiveLine old, string name, IEnumerable<string> arguments)
    {
        var format = new LineFormat(old.Indentation, old.Separator, old.LineEnding);
        var comment = old.InlineComment?.Text;
        var line = DirectiveLine.Create(name, arguments, format with { LineEnding = string.Empty });
        var text = line.Text + (comment is null ? string.Empty : old.InlineComment!.LeadingWhitespace + comment) + old.LineEnding;
        return (DirectiveLine)DocumentEditor.Reparse(text);
    }

    private static int InsertionIndex(SquidConfig config, DocumentEditor editor, SensorPlacement placement)
    {
        var nodes = config.Nodes;
        switch (placement)
        {
            case SensorPlacement.ConfDPlacement:
                EnsureHeader(config, editor);
                return editor.Nodes.Count;

            case SensorPlacement.BeforeDenyAllPlacement:
            {
                var denyAll = new SensorWords().Find(config, SensorWords.IsDenyAll);
                if (denyAll.Count == 0)
                {
                    throw new InvalidOperationException(
                        $"{Where(config)} has no 'http_access deny all' to place the sensor before. Place it at the marker comment instead, or add a final 'http_access deny all'.");
                }

                return config.LeadingCommentsOf(denyAll[denyAll.Count - 1]).Start;
            }

            default:
            {
                var index = config.AfterMarkerBlock();
                if (index < 0)
                {
                    throw new InvalidOperationException(
                        $"{Where(config)} has no '# {SquidConfig.MarkerText}' comment to place the sensor at. Place it before the final 'http_access deny all' instead, or in a conf.d file of its own.");
                }

                var words = new SensorWords();
                var logins = LoginAcls(config);
                var sensorNames = new HashSet<string>(words.SensorNames(config, logins), AclName.Comparer);
                while (index < nodes.Count && nodes[index] is DirectiveLine d && words.Matches(d, w => IsSensorLine(w, sensorNames, logins)))
                {
                    index++;
                }

                return index;
            }
        }
    }

    private static void EnsureHeader(SquidConfig config, DocumentEditor editor)
    {
        var hasHeader = config.Nodes.OfType<CommentLine>().Any(c => c.Content.Trim(' ', '\t') == ConfDHeader);
        if (!hasHeader)
        {
            editor.Insert(0, new SyntaxNode[] { CommentLine.Create(ConfDHeader, editor.LineEnding) });
        }
    }

    private static void WarnIfUnreachable(SquidConfig config, DocumentEditor editor, int index, string name)
    {
        var at = new SensorWords().FindFirst(config, SensorWords.IsDenyAll, index);
        if (at >= 0)
        {
            var location = Located(config, new[] { at })[0].Location;
            editor.Warn(UnreachableRuleCode,
                $"Sensor '{name}' is placed after 'http_access deny all' at {location.ToDisplayString()}: Squid denies every request there and never reaches the sensor's rule.",
                index);
        }
    }

    private static List<(int Index, AclDirective Acl)> ExistingDefinition(SquidConfig config, string name) => AclLines(config, name);

    /// <summary>The <c>acl</c> lines that define <paramref name="name"/> (case-insensitive), with their views.</summary>
    private static List<(int Index, AclDirective Acl)> AclLines(SquidConfig config, string name) =>
        Located(config, new SensorWords().Find(config, w => SensorWords.IsAcl(w) && AclName.Comparer.Equals(SensorWords.Arg(w, 0), name)))
            .Select(d => (d.Index, (AclDirective)Directive.From(d.Node, d.Location)))
            .ToList();

    /// <summary>The directive lines at <paramref name="indexes"/> (ascending) with their locations, as
    /// <see cref="SquidConfig.LocatedDirectives"/> gives them, in one pass over the line counts.</summary>
    private static List<(DirectiveLine Node, int Index, SourceLocation Location)> Located(SquidConfig config, IReadOnlyList<int> indexes)
    {
        var located = new List<(DirectiveLine Node, int Index, SourceLocation Location)>(indexes.Count);
        var nodes = config.Nodes;
        var line = 1;
        var next = 0;
        for (var i = 0; i < nodes.Count && next < indexes.Count; i++)
        {
            if (i == indexes[next])
            {
                var node = (DirectiveLine)nodes[i];
                located.Add((node, i, new SourceLocation(config.FilePath, line, node.Indentation.Length + 1)));
                next++;
            }

            line += nodes[i].PhysicalLineCount;
        }

        return located;
    }

    /// <summary>Whether an <c>http_access</c> line names ACL <paramref name="name"/>, negated or not.</summary>
    private static bool NamesAcl(Analysis.Binding.WordBuffer words, string name)
    {
        for (var i = 2; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Length > 0 && word[0] == '!' ? word.From(1).EqualsIgnoreCase(name) : word.EqualsIgnoreCase(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every ACL defined only with type <c>src</c>: its first spelling and the values of all its lines.</summary>
    private static Dictionary<string, (string Name, List<string> Values)> SourceAcls(IEnumerable<AclDirective> acls)
    {
        var byName = new Dictionary<string, (string Name, List<string> Values)>(AclName.Comparer);
        var wrongType = new HashSet<string>(AclName.Comparer);
        foreach (var acl in acls)
        {
            if (acl.AclType != "src")
            {
                wrongType.Add(acl.Name);
                continue;
            }

            if (!byName.TryGetValue(acl.Name, out var entry))
            {
                entry = (acl.Name, new List<string>());
                byName[acl.Name] = entry;
            }

            entry.Values.AddRange(acl.Values);
        }

        foreach (var name in wrongType)
        {
            byName.Remove(name);
        }

        return byName;
    }

    /// <summary>The sensor a rule allows: <c>allow NAME</c>, or <c>allow NAME LOGIN</c> where LOGIN is a login ACL
    /// (<paramref name="logins"/>).</summary>
    internal static (string Name, string? RequiredAcl)? SensorRuleOf(HttpAccessDirective rule, HashSet<string> logins)
    {
        var acls = rule.Acls;
        if (rule.Action != AccessAction.Allow || acls.Count == 0 || acls[0].IsNegated)
        {
            return null;
        }

        if (acls.Count == 1)
        {
            return (acls[0].Name, null);
        }

        return acls.Count == 2 && !acls[1].IsNegated && logins.Contains(acls[1].Name) ? (acls[0].Name, acls[1].Name) : null;
    }

    private static bool IsSensorLine(Analysis.Binding.WordBuffer words, HashSet<string> sensorNames, HashSet<string> logins)
    {
        if (SensorWords.IsAcl(words))
        {
            return SensorWords.Arg(words, 1) == "src" && sensorNames.Contains(SensorWords.Arg(words, 0));
        }

        return SensorWords.IsRule(words) && SensorWords.RuleSensor(words, logins) is { } shape && sensorNames.Contains(shape.Name);
    }

    internal static bool IsDenyAll(HttpAccessDirective rule) =>
        rule.Action == AccessAction.Deny && rule.Acls.Count == 1 && !rule.Acls[0].IsNegated && rule.Acls[0].Name == "all";

    private static string Where(SquidConfig config) => config.FilePath ?? "The config";
}
