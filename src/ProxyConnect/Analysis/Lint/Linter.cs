using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ProxyConnect.Analysis.Internal;
using ProxyConnect.Squid;
using ProxyConnect.Squid.Model;
using ProxyConnect.Squid.Syntax;
using ProxyConnect.Values;

namespace ProxyConnect.Analysis.Lint;

/// <summary>Runs every lint rule over a flat config, in one pass in processing order (definitions before use
/// matter to Squid, so they matter here).</summary>
internal sealed class Linter
{
    private static readonly Dictionary<string, string> PredefinedTypes = new(AclName.Comparer)
    {
        ["all"] = "src",
        ["manager"] = "url_regex",
        ["localhost"] = "src",
        ["to_localhost"] = "dst",
        ["to_linklocal"] = "dst",
        ["CONNECT"] = "method",
    };

    private readonly FlatConfig _flat;
    private readonly List<LintFinding> _findings = new();
    private readonly Dictionary<string, string> _types = new(PredefinedTypes, AclName.Comparer);
    private readonly HashSet<string> _allLike = new(AclName.Comparer) { "all" };
    private readonly HashSet<string> _definedLater = new(AclName.Comparer);
    private bool _unconditionalSeen;
    private int _accessRules;

    private Linter(FlatConfig flat)
    {
        _flat = flat;
    }

    public static List<LintFinding> Run(FlatConfig flat)
    {
        var linter = new Linter(flat);
        linter.RunAll();
        return linter._findings;
    }

    private void RunAll()
    {
        _findings.AddRange(_flat.Findings);
        foreach (var line in _flat.Lines.Where(l => l.Active))
        {
            if (line.View is AclDirective acl && acl.Name.Length > 0)
            {
                _definedLater.Add(acl.Name);
            }
        }

        foreach (var line in _flat.Lines)
        {
            if (line.Active)
            {
                Check(line);
            }
        }

        if (_accessRules == 0 && !_flat.HasUnfollowedInclude && _flat.Lines.Count > 0)
        {
            var first = _flat.Lines[0].Location;
            Add(LintRules.NoAccessRules, "no http_access rule: Squid adds 'http_access deny all' and denies every request", new SourceLocation(first.FilePath, 1, 1), 1);
        }

        var sorted = _findings
            .Select((f, i) => (f, i))
            .OrderBy(x => FileOrder(x.f))
            .ThenBy(x => x.f.Location.Line)
            .ThenBy(x => x.f.Location.Column)
            .ThenBy(x => x.i)
            .Select(x => x.f)
            .ToList();
        _findings.Clear();
        _findings.AddRange(sorted);
    }

    private int FileOrder(LintFinding f)
    {
        foreach (var line in _flat.Lines)
        {
            if (string.Equals(line.Location.FilePath, f.Location.FilePath, StringComparison.Ordinal))
            {
                return line.FileIndex;
            }
        }

        return 0;
    }

    private void Add(LintRule rule, string message, SourceLocation at, int length) =>
        _findings.Add(new LintFinding(rule.Id, rule.Severity, message, at, Math.Max(1, length)));

    private void Add(LintRule rule, string message, FlatLine line, SyntaxToken token) =>
        Add(rule, message, line.At(token), token.Text.Length);

    private void Check(FlatLine line)
    {
        var syntax = line.View.Syntax;
        var name = syntax.Name;
        if (name.Length == 0 || syntax.NameToken is null)
        {
            return;
        }

        // A BOM before the name is reported as PXC1001 already; one finding is enough.
        if (name[0] == '\uFEFF')
        {
            return;
        }

        if (!SquidDirectiveNames.IsKnown(name) || (name == IncludeDirective.Keyword && syntax.Arguments.Count == 0))
        {
            Add(LintRules.UnknownDirective, $"unknown directive '{name}': squid -k parse fails on it (names are case-sensitive)", line, syntax.NameToken);
            return;
        }

        switch (line.View)
        {
            case AclDirective acl:
                CheckAcl(line, acl);
                break;
            case HttpAccessDirective access:
                CheckAccess(line, access);
                break;
            case HttpPortDirective port:
                CheckHttpPort(line, port);
                break;
        }
    }

    private void CheckStrictTokens(FlatLine line, IEnumerable<SyntaxToken> tokens)
    {
        if (!line.View.Syntax.QuotedValues)
        {
            return;
        }

        foreach (var token in tokens)
        {
            var t = token.Text;
            if (token.IsQuoted || t.StartsWith("parameters(", StringComparison.Ordinal))
            {
                continue;
            }

            for (var i = 0; i < t.Length; i++)
            {
                var c = t[i];
                var ok = char.IsLetterOrDigit(c) && c < 128 || ".,()-=_/:+".IndexOf(c) >= 0 ||
                         (c == '%' && i == t.Length - 1 && i > 0 && char.IsDigit(t[i - 1]));
                if (!ok)
                {
                    Add(LintRules.StrictModeCharacter, $"'{c}' in unquoted token '{t}': with configuration_includes_quoted_values on, Squid refuses it (quote the value, or turn the setting off around this line)", line, token);
                    break;
                }
            }
        }
    }

    private void CheckAcl(FlatLine line, AclDirective acl)
    {
        var tokens = acl.Syntax.Arguments;
        if (tokens.Count < 2)
        {
            Add(LintRules.MissingAclNameOrType, tokens.Count == 0 ? "acl without a name: Squid refuses the config" : $"acl '{acl.Name}' without a type: Squid refuses the config", line.Location, acl.Syntax.Name.Length);
            return;
        }

        var type = acl.AclType;
        if (!AclTypes.IsKnown(type))
        {
            Add(LintRules.UnknownAclType, $"unknown ACL type '{type}' (type names are case-sensitive): Squid refuses the config", line, tokens[1]);
            return;
        }

        // 'acl manager proto …' is ignored by Squid since manager became built in.
        if (AclName.Comparer.Equals(acl.Name, "manager") && type == "proto")
        {
            return;
        }

        if (line.View.Syntax.QuotedValues && AclTypes.IsRegex(type))
        {
            Add(LintRules.RegexAclWithQuotedValues, $"regex ACL type '{type}' while configuration_includes_quoted_values is on: Squid refuses to read the expression", line, tokens[1]);
        }
        else
        {
            CheckStrictTokens(line, tokens);
        }

        var canonical = AclTypes.Canonical(type);
        if (_types.TryGetValue(acl.Name, out var existing))
        {
            if (!string.Equals(existing, canonical, StringComparison.Ordinal))
            {
                var what = PredefinedTypes.ContainsKey(acl.Name) ? "predefined ACL" : "ACL";
                Add(LintRules.AclTypeConflict, $"{what} '{acl.Name}' already exists with type '{existing}'; Squid refuses a second type '{type}'", line, tokens[0]);
                return;
            }
        }
        else
        {
            _types[acl.Name] = canonical;
        }

        if (acl.Values.Count == 0 && acl.FileReferences.Count == 0)
        {
            Add(LintRules.EmptyAcl, $"ACL '{acl.Name}' has no values: Squid warns 'empty ACL' and it never matches", line.Location, acl.Syntax.Name.Length);
            return;
        }

        CheckFiles(line, acl);
        var valueTokens = acl.ValueTokens.Where(t => !t.IsQuoted).ToList();
        if (AclTypes.IsAddress(type))
        {
            foreach (var token in valueTokens)
            {
                CheckAddress(line, acl, token);
            }
        }
        else if (AclTypes.IsPort(type))
        {
            foreach (var token in valueTokens)
            {
                if (!PortRange.TryParse(token.Text, out _, out var error))
                {
                    Add(LintRules.InvalidPort, $"ACL '{acl.Name}': {error}; Squid refuses the config", line, token);
                }
            }
        }
    }

    private void CheckAddress(FlatLine line, AclDirective acl, SyntaxToken token)
    {
        var text = token.Text;
        if (!SquidAddress.TryParseAsSquid(text, out var address, out var error) || address is null)
        {
            Add(LintRules.InvalidAddress, $"ACL '{acl.Name}': {error}; Squid refuses the config", line, token);
            return;
        }

        if ((address.Text == "all" || address.CanonicalText == "all") && AclTypes.Canonical(acl.AclType) == "src")
        {
            _allLike.Add(acl.Name);
        }

        if (SquidAddress.IsAmbiguousLegacyIPv4(text, out var meaning))
        {
            Add(LintRules.LegacyIPv4, $"ACL '{acl.Name}': Squid reads '{text}' as {meaning} (inet_aton: a leading 0 is octal); write {meaning} if that is meant", line, token);
        }

        // Values keeps its warnings as sentences; the two that have ids of their own are told apart by their wording.
        foreach (var warning in address.Warnings)
        {
            if (warning.IndexOf("host bits", StringComparison.Ordinal) >= 0)
            {
                Add(LintRules.HostBitsSet, $"ACL '{acl.Name}': {warning}", line, token);
            }
            else if (warning.IndexOf("reversed", StringComparison.Ordinal) >= 0)
            {
                Add(LintRules.ReversedRange, $"ACL '{acl.Name}': {warning}", line, token);
            }
        }
    }

    private void CheckFiles(FlatLine line, AclDirective acl)
    {
        foreach (var token in acl.Syntax.Arguments.Skip(2))
        {
            var t = token.Text;
            if (t.Length == 0 || (t[0] != '"' && t[0] != '\'' && !t.StartsWith("parameters(", StringComparison.Ordinal)))
            {
                continue;
            }

            var file = acl.FileReferences.FirstOrDefault(f => t.IndexOf(f, StringComparison.Ordinal) >= 0);
            if (file is null || file.Length == 0)
            {
                continue;
            }

            // Squid resolves a relative name against its working directory; we use the config file's folder (what
            // Squid's own test runner arranges), and skip relative names in text that has no file.
            string path;
            if (Path.IsPathRooted(file))
            {
                path = file;
            }
            else if (line.Folder is not null)
            {
                path = Path.Combine(line.Folder, file);
            }
            else
            {
                continue;
            }

            if (!CanRead(path))
            {
                Add(LintRules.UnreadableAclFile, $"ACL '{acl.Name}': cannot read '{file}': Squid logs an error and the ACL gets no values from it", line, token);
            }
        }
    }

    private static bool CanRead(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return true;
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
        {
            return false;
        }
    }

    private void CheckAccess(FlatLine line, HttpAccessDirective access)
    {
        var tokens = access.Syntax.Arguments;
        CheckStrictTokens(line, tokens);
        if (tokens.Count == 0 || access.Action == AccessAction.Invalid)
        {
            var message = tokens.Count == 0
                ? "http_access without action and ACLs: Squid skips the line"
                : $"http_access action '{access.ActionText}' is not 'allow' or 'deny' (case matters): Squid skips the line";
            Add(LintRules.InvalidAccessAction, message, tokens.Count == 0 ? line.Location : line.At(tokens[0]), tokens.Count == 0 ? access.Syntax.Name.Length : tokens[0].Text.Length);
            return;
        }

        if (tokens.Count == 1)
        {
            Add(LintRules.AccessRuleWithoutAcls, $"'http_access {access.ActionText}' has no ACLs: Squid skips the line (write 'http_access {access.ActionText} all' if that is meant)", line, tokens[0]);
            return;
        }

        _accessRules++;
        if (_unconditionalSeen)
        {
            Add(LintRules.UnreachableRule, "this rule is never reached: an earlier rule matches every request", line.Location, access.Syntax.Name.Length);
        }

        var allLike = true;
        var broken = false;
        for (var i = 1; i < tokens.Count; i++)
        {
            var reference = AclReference.Parse(tokens[i].Text);
            if (reference.Name.Length == 0)
            {
                Add(LintRules.DetachedNegation, "'!' must be attached to the ACL name ('!name'): Squid looks up an ACL with an empty name and refuses the config", line, tokens[i]);
                broken = true;
                continue;
            }

            if (reference.IsNegated || !_allLike.Contains(reference.Name))
            {
                allLike = false;
            }

            if (_types.ContainsKey(reference.Name))
            {
                continue;
            }

            broken = true;
            if (_definedLater.Contains(reference.Name))
            {
                Add(LintRules.AclDefinedAfterUse, $"ACL '{reference.Name}' is defined only after this rule: Squid needs it defined first and refuses the config", line, tokens[i]);
            }
            else if (!_flat.HasUnfollowedInclude)
            {
                Add(LintRules.UndefinedAcl, $"ACL '{reference.Name}' is not defined: Squid refuses the config", line, tokens[i]);
            }
        }

        if (broken || !allLike)
        {
            return;
        }

        if (access.Action == AccessAction.Allow)
        {
            Add(LintRules.OpenProxy, "this rule allows every client: the proxy is open to anyone who can reach it", line.Location, access.Syntax.Name.Length);
        }

        _unconditionalSeen = true;
    }

    private void CheckHttpPort(FlatLine line, HttpPortDirective port)
    {
        var tokens = port.Syntax.Arguments;
        if (tokens.Count == 0)
        {
            Add(LintRules.InvalidHttpPort, "http_port without a port: Squid refuses the config", line.Location, port.Syntax.Name.Length);
            return;
        }

        var spec = tokens[0].Text;
        string? problem = null;
        if (spec.StartsWith("[", StringComparison.Ordinal) && spec.IndexOf(']') < 0)
        {
            problem = "missing ']' on the IPv6 address";
        }
        else if (spec.StartsWith("[", StringComparison.Ordinal) && !spec.Substring(spec.IndexOf(']') + 1).StartsWith(":", StringComparison.Ordinal))
        {
            problem = "missing ':port' after the IPv6 address";
        }
        else if (!PortNumber.TryParse(port.PortText, out _, out var error))
        {
            problem = spec.IndexOf("::", StringComparison.Ordinal) >= 0 && !spec.StartsWith("[", StringComparison.Ordinal)
                ? "an IPv6 address must be in brackets ([::1]:3128); Squid splits at the first ':'"
                : error;
        }

        if (problem is not null)
        {
            Add(LintRules.InvalidHttpPort, $"http_port '{spec}': {problem}; Squid refuses the config", line, tokens[0]);
        }

        var options = tokens.Skip(1).ToList();
        var modes = options.Select(o => o.Text).Where(o => o is "accel" or "intercept" or "transparent" or "tproxy").Distinct().ToList();
        var accel = modes.Contains("accel");
        foreach (var option in options)
        {
            if (!HttpPortOptions.IsKnown(option.Text))
            {
                Add(LintRules.UnknownHttpPortOption, $"unknown http_port option '{option.Text}': Squid refuses the config", line, option);
            }
            else if (!accel && HttpPortOptions.NeedsAccel(option.Text))
            {
                Add(LintRules.HttpPortModeConflict, $"http_port option '{HttpPortOptions.KeyOf(option.Text)}' requires the accel mode: Squid refuses the config", line, option);
            }
        }

        var exclusive = modes.Select(m => m == "transparent" ? "intercept" : m).Distinct().ToList();
        if (exclusive.Count > 1)
        {
            var second = options.Last(o => o.Text is "accel" or "intercept" or "transparent" or "tproxy");
            Add(LintRules.HttpPortModeConflict, $"http_port modes {string.Join(", ", exclusive)} cannot be combined: Squid refuses the config", line, second);
        }
    }
}
