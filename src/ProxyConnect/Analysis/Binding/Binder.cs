using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ProxyConnect.Analysis.Internal;
using ProxyConnect.Squid;
using ProxyConnect.Squid.IO;
using ProxyConnect.Squid.Knowledge;
using ProxyConnect.Squid.Model;
using ProxyConnect.Squid.Syntax;
using ProxyConnect.Values;

namespace ProxyConnect.Analysis.Binding;

/// <summary>
/// Builds the <see cref="BoundConfig"/> of a document for a target in one pass, in Squid's processing order:
/// <c>include</c>s inlined where they can be followed, <c>if</c>/<c>else</c>/<c>endif</c> resolved as Squid resolves
/// them, every ACL defined, every rule's ACLs resolved at the point Squid reads the rule. It reads words straight from
/// the source text and makes strings only for what the table keeps (ACL names, values), so binding a large config
/// costs about what parsing it does.
/// </summary>
internal sealed class Binder
{
    /// <summary>Squid refuses includes nested deeper than this (main file = depth 0).</summary>
    public const int MaxIncludeDepth = 16;

    public const string HttpsPortKeyword = "https_port";

    private const string ProgramParameter = "program";

    private static readonly (Word Word, string Path)[] NoFiles = Array.Empty<(Word, string)>();

    private readonly SquidKnowledge _knowledge;
    private readonly bool _followIncludes;
    private readonly WordBuffer _words = new();
    private readonly AclSymbolTable _acls = new();
    private readonly List<AclDefinition> _definitions = new();
    private readonly List<AccessRuleBinding> _access = new();
    private readonly List<PortBinding> _ports = new();
    private readonly HashSet<string> _authSchemes = new(StringComparer.Ordinal);
    private readonly List<DirectiveNote> _notes = new();
    private readonly List<PreprocessorProblem> _problems = new();
    private readonly List<DirectiveSite> _quotedValueLines = new();
    private readonly List<(int Rule, int Use)> _unresolved = new();
    private readonly DirectiveFact? _aclFact;
    private readonly DirectiveFact? _accessFact;
    private readonly DirectiveFact? _httpPortFact;
    private readonly DirectiveFact? _httpsPortFact;
    private readonly DirectiveFact? _authParamFact;
    private string? _lastTypeText;
    private AclTypeFact? _lastType;
    private readonly List<DirectiveSite>? _active;
    private bool _hasUnfollowedInclude;
    private int _directiveCount;

    private Binder(SquidKnowledge knowledge, bool followIncludes, bool collectActive)
    {
        _knowledge = knowledge;
        _active = collectActive ? new List<DirectiveSite>() : null;
        _followIncludes = followIncludes;
        _aclFact = knowledge.Directive(AclDirective.Keyword);
        _accessFact = knowledge.Directive(HttpAccessDirective.Keyword);
        _httpPortFact = knowledge.Directive(HttpPortDirective.Keyword);
        _httpsPortFact = knowledge.Directive(HttpsPortKeyword);
        _authParamFact = knowledge.Directive(AuthParamDirective.Keyword);
    }

    /// <summary>Binds <paramref name="root"/> for the target of <paramref name="knowledge"/>. With
    /// <paramref name="followIncludes"/> false, <c>include</c> lines are not followed (nothing is read from disk).
    /// <paramref name="collectActiveDirectives"/> keeps every directive Squid reads (<see cref="BoundConfig.ActiveDirectives"/>).</summary>
    public static BoundConfig Bind(SquidConfig root, SquidKnowledge knowledge, bool followIncludes, bool collectActiveDirectives = false)
    {
        if (root is null)
        {
            throw new ArgumentNullException(nameof(root));
        }

        var binder = new Binder(knowledge, followIncludes, collectActiveDirectives);
        binder.DefinePredefined();
        var fileIndex = 0;
        binder.Walk(root, 0, ref fileIndex);
        binder.MarkDefinedLater();
        return new BoundConfig(
            knowledge,
            binder._acls,
            binder._definitions,
            binder._access,
            binder._ports,
            binder._authSchemes,
            binder._notes,
            binder._problems,
            binder._quotedValueLines,
            binder._hasUnfollowedInclude,
            root.FilePath,
            binder._directiveCount,
            (IReadOnlyList<DirectiveSite>?)binder._active ?? Array.Empty<DirectiveSite>());
    }

    private void DefinePredefined()
    {
        foreach (var predefined in _knowledge.PredefinedAcls)
        {
            var type = _knowledge.AclType(predefined.Type) ?? new AclTypeFact(predefined.Type, predefined.Type, AclValueKind.Other, Array.Empty<string>(), SquidFeature.None);
            var symbol = new AclSymbol(predefined.Name, type, predefined);
            if (type.ValueKind == AclValueKind.Address && predefined.Values.Any(v => MatchesEveryAddress(v)))
            {
                symbol.MarkMatchesEveryRequest();
            }

            _acls.Add(symbol);
        }
    }

    private static bool MatchesEveryAddress(string value) =>
        SquidAddress.TryParseAsSquid(value, out var address, out _) && address is not null && IsAll(address);

    private static bool IsAll(SquidAddress address) => address.Text == "all" || address.CanonicalText == "all";

    private void Walk(SquidConfig config, int depth, ref int fileIndex)
    {
        var myIndex = fileIndex++;
        var folder = config.FilePath is null ? null : Path.GetDirectoryName(Path.GetFullPath(config.FilePath));
        var file = new BoundFile(config.FilePath, folder, myIndex);

        // Squid keeps a stack per file but consults only its top (so "if true" inside "if false" is live again).
        var stack = new List<(bool Value, SourceLocation At)>();
        var line = 1;
        foreach (var node in config.Nodes)
        {
            if (node is DirectiveLine directive)
            {
                _words.Read(directive);
                if (_words.MayHaveDiagnostics)
                {
                    AddSyntaxProblems(directive, config.FilePath, line, myIndex);
                }

                if (_words.Count > 0)
                {
                    _directiveCount++;
                    var active = stack.Count == 0 || stack[stack.Count - 1].Value;
                    BindDirective(new DirectiveStart(directive, file, line, _words.Indentation + 1), config, active, stack, depth, ref fileIndex);
                }
            }
            else
            {
                AddSyntaxProblems(node, config.FilePath, line, myIndex);
            }

            line += node.PhysicalLineCount;
        }

        foreach (var open in stack)
        {
            Problem(LintRules.UnbalancedConditional, "'if' without 'endif' in this file: Squid stops with \"if-statement without 'endif'\"", open.At, 2, myIndex);
        }
    }

    private void AddSyntaxProblems(SyntaxNode node, string? filePath, int line, int fileIndex)
    {
        foreach (var d in node.Diagnostics)
        {
            _problems.Add(new PreprocessorProblem(d.Code, d.Message, new SourceLocation(filePath, line + d.LineOffset, d.Column), 1, fileIndex));
        }
    }

    private void Problem(LintRule rule, string message, SourceLocation at, int length, int fileIndex) =>
        _problems.Add(new PreprocessorProblem(rule.Id, message, at, Math.Max(1, length), fileIndex));

    private void BindDirective(DirectiveStart start, SquidConfig config, bool active,
        List<(bool Value, SourceLocation At)> stack, int depth, ref int nextFileIndex)
    {
        var name = _words[0];

        // A byte order mark before the name is reported as PXC1001 already; one finding is enough.
        if (name[0] == '\uFEFF')
        {
            return;
        }

        if (name.Is("if") || name.Is("else") || name.Is("endif"))
        {
            var location = new SourceLocation(config.FilePath, start.Line, start.Column);
            HandleConditional((ConditionalDirective)Directive.From(start.Node, location), location, stack, start.File.Index);
            return;
        }

        if (!active)
        {
            return;
        }

        if (name.Is(IncludeDirective.Keyword))
        {
            var site = Keep(new DirectiveSite(start));
            if (_words.Count == 1)
            {
                _notes.Add(new DirectiveNote(site, name, null));
                return;
            }

            FollowInclude((IncludeDirective)site.View(), site, config, depth, ref nextFileIndex);
            return;
        }

        if (name.Is(AclDirective.Keyword))
        {
            if (Note(start, name, _aclFact))
            {
                Keep(BindAcl(start));
            }
        }
        else if (name.Is(HttpAccessDirective.Keyword))
        {
            if (Note(start, name, _accessFact))
            {
                Keep(BindAccess(start));
            }
        }
        else if (name.Is(HttpPortDirective.Keyword) || name.Is(HttpsPortKeyword))
        {
            var https = name.Length == HttpsPortKeyword.Length;
            if (Note(start, name, https ? _httpsPortFact : _httpPortFact))
            {
                BindPort(Keep(new DirectiveSite(start)), https);
            }
        }
        else if (name.Is(AuthParamDirective.Keyword))
        {
            if (Note(start, name, _authParamFact))
            {
                KeepPlain(start);
                if (_words.Count > 2 && _words[2].Is(ProgramParameter))
                {
                    _authSchemes.Add(_words[1].Text);
                }
            }
        }
        else if (Note(start, name, _knowledge.Directive(name.Text)))
        {
            KeepPlain(start);
        }
    }

    /// <summary>Adds an active directive's site to <see cref="BoundConfig.ActiveDirectives"/> when they are collected.</summary>
    private T Keep<T>(T site)
        where T : DirectiveSite
    {
        _active?.Add(site);
        return site;
    }

    /// <summary>A line no binding keeps: a site of its own only when active directives are collected.</summary>
    private void KeepPlain(DirectiveStart start)
    {
        if (_active is not null)
        {
            _active.Add(new DirectiveSite(start));
        }
    }

    /// <summary>Records a directive the target does not simply accept; returns whether the line is to be bound.</summary>
    private bool Note(DirectiveStart start, Word name, DirectiveFact? fact)
    {
        if (fact is not null && !fact.IsObsolete && _knowledge.Has(fact.Feature))
        {
            return true;
        }

        _notes.Add(new DirectiveNote(Keep(new DirectiveSite(start)), name, fact));
        return false;
    }

    private void HandleConditional(ConditionalDirective conditional, SourceLocation at, List<(bool Value, SourceLocation At)> stack, int fileIndex)
    {
        switch (conditional.Keyword)
        {
            case "if":
                // Squid evaluates the expression even inside an inactive block, and a bad one is fatal there too.
                if (!ConditionalExpression.TryEvaluate(conditional.Expression, out var value, out var error))
                {
                    Problem(LintRules.UnbalancedConditional, error!, at, 2, fileIndex);
                }

                stack.Add((value, at));
                break;
            case "else":
                if (stack.Count == 0)
                {
                    Problem(LintRules.UnbalancedConditional, "'else' without 'if': Squid refuses the config", at, 4, fileIndex);
                    break;
                }

                stack[stack.Count - 1] = (!stack[stack.Count - 1].Value, stack[stack.Count - 1].At);
                break;
            default:
                if (stack.Count == 0)
                {
                    Problem(LintRules.UnbalancedConditional, "'endif' without 'if': Squid refuses the config", at, 5, fileIndex);
                    break;
                }

                stack.RemoveAt(stack.Count - 1);
                break;
        }
    }

    private void FollowInclude(IncludeDirective include, DirectiveSite site, SquidConfig config, int depth, ref int fileIndex)
    {
        var tokens = include.Syntax.Arguments;
        var patterns = include.Patterns;
        for (var i = 0; i < patterns.Count; i++)
        {
            var pattern = patterns[i];
            var at = new SourceLocation(site.FilePath, site.Line + tokens[i].LineOffset, tokens[i].Column);
            if (!_followIncludes || pattern.StartsWith("!", StringComparison.Ordinal) || pattern.StartsWith("|", StringComparison.Ordinal) ||
                (config.FilePath is null && !Path.IsPathRooted(pattern)))
            {
                _hasUnfollowedInclude = true;
                continue;
            }

            // Squid resolves relative names against its working directory; we use the including file's folder,
            // which is what Squid's own test runner arranges (it cd's into the config's folder).
            var full = Path.IsPathRooted(pattern) ? pattern : Path.Combine(site.Folder ?? Directory.GetCurrentDirectory(), pattern);
            var matches = Glob.Expand(full).Where(File.Exists).ToList();
            if (matches.Count == 0)
            {
                Problem(LintRules.MissingInclude, $"include '{pattern}' matches no file: Squid stops with \"Unable to find configuration file\"", at, tokens[i].Text.Length, site.FileIndex);
                continue;
            }

            if (depth + 1 > MaxIncludeDepth)
            {
                Problem(LintRules.IncludeTooDeep, $"include '{pattern}' is nested deeper than {MaxIncludeDepth} levels: Squid refuses it", at, tokens[i].Text.Length, site.FileIndex);
                continue;
            }

            foreach (var file in matches)
            {
                SquidConfig child;
                try
                {
                    child = SquidConfig.Load(file);
                }
                catch (IOException ex)
                {
                    Problem(LintRules.MissingInclude, $"include '{pattern}': {ex.Message}", at, tokens[i].Text.Length, site.FileIndex);
                    continue;
                }

                Walk(child, depth + 1, ref fileIndex);
            }
        }
    }

    private AclDefinition BindAcl(DirectiveStart start)
    {
        var definition = ReadAcl(start);
        if (start.Node.QuotedValues)
        {
            _quotedValueLines.Add(definition);
        }

        _definitions.Add(definition);
        return definition;
    }

    private AclDefinition ReadAcl(DirectiveStart site)
    {
        var words = _words;

        if (words.Count < 3)
        {
            Word? nameWord = words.Count > 1 ? words[1] : null;
            return new AclDefinition(site, words.Count == 1 ? AclDefinitionStatus.MissingName : AclDefinitionStatus.MissingType,
                nameWord, null, null, null, Array.Empty<Word>(), Array.Empty<AclValue>(), NoFiles);
        }

        var name = words[1];
        var typeWord = words[2];
        var type = TypeOf(typeWord);
        var symbol = _acls.Find(name);
        if (type is null)
        {
            return new AclDefinition(site, AclDefinitionStatus.UnknownType, name, typeWord, null, symbol, Array.Empty<Word>(), Array.Empty<AclValue>(), NoFiles);
        }

        if (!_knowledge.Has(type.Feature))
        {
            return new AclDefinition(site, AclDefinitionStatus.MissingFeature, name, typeWord, type, symbol, Array.Empty<Word>(), Array.Empty<AclValue>(), NoFiles);
        }

        if (symbol is not null && !string.Equals(symbol.Type.CanonicalName, type.CanonicalName, StringComparison.Ordinal))
        {
            // Squid reads 'acl manager proto …' of old configs and drops it, since manager became built in.
            var status = symbol.IsPredefined && IsRetiredBuiltInDefinition(symbol, type) ? AclDefinitionStatus.Ignored : AclDefinitionStatus.TypeConflict;
            return new AclDefinition(site, status, name, typeWord, type, symbol, Array.Empty<Word>(), Array.Empty<AclValue>(), NoFiles);
        }

        if (symbol is null)
        {
            symbol = new AclSymbol(name.Text, type, null);
            _acls.Add(symbol);
        }

        var index = 3;
        var options = ReadOptions(ref index);
        var values = words.Count == index ? Array.Empty<AclValue>() : new AclValue[words.Count - index];
        var valueCount = 0;
        List<(Word Word, string Path)>? files = null;
        var quoted = site.Node.QuotedValues;
        for (; index < words.Count; index++)
        {
            var word = words[index];
            if (IsFileReference(word, quoted, out var path))
            {
                (files ??= new List<(Word Word, string Path)>()).Add((word, path!));
                continue;
            }

            values[valueCount++] = IsAclList(type) ? ReadAclName(word) : ReadValue(word, type, symbol);
        }

        if (valueCount < values.Length)
        {
            Array.Resize(ref values, valueCount);
        }

        var definition = new AclDefinition(site, AclDefinitionStatus.Bound, name, typeWord, type, symbol, options, values, files?.ToArray() ?? NoFiles, _authSchemes.Count > 0);
        symbol.Add(definition);
        return definition;
    }

    /// <summary>The old <c>acl manager proto cache_object</c>: a predefined ACL of a regex type redefined with a
    /// protocol type, which Squid ignores since the cache manager ACL became built in.</summary>
    private static bool IsRetiredBuiltInDefinition(AclSymbol symbol, AclTypeFact type) =>
        symbol.Type.ValueKind == AclValueKind.Regex && type.ValueKind == AclValueKind.Protocol;

    private AclTypeFact? TypeOf(Word word)
    {
        if (_lastTypeText is not null && word.Is(_lastTypeText))
        {
            return _lastType;
        }

        _lastTypeText = word.Text;
        _lastType = _knowledge.AclType(_lastTypeText);
        return _lastType;
    }

    private Word[] ReadOptions(ref int index)
    {
        var words = _words;
        var start = index;
        var end = index;
        while (index < words.Count)
        {
            var word = words[index];
            if (word.Is("--"))
            {
                // '--' ends the options and is none itself (Squid 4 to 7 accept 'acl a dstdomain -- -x').
                index++;
                break;
            }

            if (word.Length == 0 || (word[0] != '-' && word[0] != '+') || word.IsQuotedValue)
            {
                break;
            }

            index++;
            end = index;
        }

        var count = end - start;
        if (count == 0)
        {
            return Array.Empty<Word>();
        }

        var options = new Word[count];
        for (var i = 0; i < count; i++)
        {
            options[i] = words[start + i];
        }

        return options;
    }

    /// <summary>The types whose values name other ACLs; Squid looks each name up when it reads the line.</summary>
    private static bool IsAclList(AclTypeFact type) =>
        type.ValueKind == AclValueKind.Special && type.CanonicalName is "all-of" or "any-of";

    private AclValue ReadAclName(Word word) =>
        new(word, word.Value, null, _acls.Find(word) is null ? $"ACL '{word.Value}' is not defined above this line" : null);

    private static bool IsFileReference(Word word, bool quotedValues, out string? path)
    {
        path = null;
        if (!quotedValues && word.Length >= 2 && (word[0] == '"' || word[0] == '\''))
        {
            return FileReference.TryRead(word.Text, quotedValues, out path);
        }

        return quotedValues && word.StartsWith(FileReference.ParametersPrefix) && FileReference.TryRead(word.Text, quotedValues, out path);
    }

    private static AclValue ReadValue(Word word, AclTypeFact type, AclSymbol symbol)
    {
        var text = word.Value;
        switch (type.ValueKind)
        {
            case AclValueKind.Address:
                // A plain dotted quad is an address Squid takes as it is, with nothing to warn about: no need to
                // keep a parsed value (it is the common value of a large config).
                if (word.IsQuotedValue || Ipv4Text.TryParsePlainQuad(text, out _))
                {
                    return new AclValue(word, text, null, null);
                }

                if (!SquidAddress.TryParseAsSquid(text, out var address, out var error) || address is null)
                {
                    return new AclValue(word, text, null, error);
                }

                // Measured on Squid 4 to 7: a '/' without a mask is refused, whatever the lenient reading says.
                foreach (var code in address.WarningCodes)
                {
                    if (code == SquidAddressWarning.EmptyMask)
                    {
                        return new AclValue(word, text, null, $"'{text}' has a '/' without a mask");
                    }
                }

                if (IsAll(address))
                {
                    symbol.MarkMatchesEveryRequest();
                }

                return new AclValue(word, text, address.WarningCodes.Count == 0 ? null : address, null);
            case AclValueKind.Port:
                return new AclValue(word, text, null, word.IsQuotedValue ? null : AclPortValue.Check(text));
            case AclValueKind.Regex:
                // Squid reads -i and +i between the patterns as case switches for the ones that follow.
                return new AclValue(word, text, null, text is "-i" or "+i" ? null : RegexError(text));
            default:
                return new AclValue(word, text, null, null);
        }
    }

    /// <summary>Why glibc's <c>regcomp</c> refuses <paramref name="pattern"/>, or <see langword="null"/>.</summary>
    private static string? RegexError(string pattern)
    {
        try
        {
            Evaluation.Patterns.EreParser.Parse(pattern, ignoreCase: false);
            return null;
        }
        catch (Evaluation.Patterns.EreSyntaxException e) when (!e.GlibcAccepts)
        {
            return $"'{pattern}' is not a valid regular expression ({e.Message})";
        }
        catch (Evaluation.Patterns.EreSyntaxException)
        {
            return null;
        }
    }

    private AccessRuleBinding BindAccess(DirectiveStart start)
    {
        var words = _words;

        Word? actionWord = words.Count > 1 ? words[1] : null;
        var action = actionWord is null ? AccessAction.Invalid
            : actionWord.Value.Is("allow") ? AccessAction.Allow
            : actionWord.Value.Is("deny") ? AccessAction.Deny
            : AccessAction.Invalid;
        var uses = words.Count > 2 ? new AclUse[words.Count - 2] : Array.Empty<AclUse>();
        var ruleIndex = _access.Count;
        for (var i = 2; i < words.Count; i++)
        {
            var word = words[i];
            var negated = word.Length > 0 && word[0] == '!';
            var name = negated ? word.From(1) : word;
            var symbol = name.Length == 0 ? null : _acls.Find(name);
            uses[i - 2] = new AclUse(word, negated, symbol, false);
            if (symbol is null && name.Length > 0)
            {
                _unresolved.Add((ruleIndex, i - 2));
            }
        }

        var rule = new AccessRuleBinding(start, actionWord, action, uses);
        if (start.Node.QuotedValues)
        {
            _quotedValueLines.Add(rule);
        }

        _access.Add(rule);
        return rule;
    }

    /// <summary>After the walk: which unresolved names are defined further down (Squid still refuses them).</summary>
    private void MarkDefinedLater()
    {
        foreach (var (rule, use) in _unresolved)
        {
            var uses = _access[rule].Uses;
            if (_acls.Find(uses[use].Name) is not null)
            {
                uses[use] = uses[use].WithDefinedLater();
            }
        }
    }

    private void BindPort(DirectiveSite site, bool https)
    {
        var words = _words;
        Word? spec = words.Count > 1 ? words[1] : null;
        var options = new (Word, PortOptionFact?)[Math.Max(0, words.Count - 2)];
        for (var i = 2; i < words.Count; i++)
        {
            var word = words[i];
            var eq = word.IndexOf('=');
            var key = eq < 0 ? word.Text : word.Text.Substring(0, eq);
            options[i - 2] = (word, _knowledge.PortOption(key));
        }

        _ports.Add(new PortBinding(site, https, spec, options));
    }
}
