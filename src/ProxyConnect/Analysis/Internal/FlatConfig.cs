using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ProxyConnect.Squid;
using ProxyConnect.Squid.Model;

namespace ProxyConnect.Analysis.Internal;

/// <summary>A config as Squid processes it: every directive in order, with <c>include</c>s inlined (when they can be
/// followed) and <c>if</c>/<c>else</c>/<c>endif</c> resolved. Also collects what goes wrong on the way
/// (syntax diagnostics of every file read, missing includes, unbalanced conditionals).</summary>
internal sealed class FlatConfig
{
    /// <summary>Squid refuses includes nested deeper than this (main file = depth 0).</summary>
    public const int MaxIncludeDepth = 16;

    private FlatConfig()
    {
    }

    public List<FlatLine> Lines { get; } = new();

    public List<LintFinding> Findings { get; } = new();

    /// <summary>Whether an <c>include</c> was skipped because it could not be followed (text with no file, or a
    /// command include): checks that need the whole config are then not conclusive.</summary>
    public bool HasUnfollowedInclude { get; private set; }

    /// <summary>Builds the flat view. With <paramref name="followIncludes"/> false, <c>include</c> lines are
    /// skipped (nothing is read from disk).</summary>
    public static FlatConfig Build(SquidConfig root, bool followIncludes)
    {
        var flat = new FlatConfig();
        var fileIndex = 0;
        flat.Walk(root, followIncludes, 0, ref fileIndex);
        return flat;
    }

    private static LintFinding Finding(LintRule rule, string message, SourceLocation at, int length) =>
        new(rule.Id, rule.Severity, message, at, Math.Max(1, length));

    private void Walk(SquidConfig config, bool followIncludes, int depth, ref int fileIndex)
    {
        var myIndex = fileIndex++;
        var folder = config.FilePath is null ? null : Path.GetDirectoryName(Path.GetFullPath(config.FilePath));
        foreach (var d in config.SyntaxDiagnostics)
        {
            var rule = LintRules.Find(d.Code);
            Findings.Add(new LintFinding(d.Code, rule?.Severity ?? d.Severity, d.Message, d.Location, 1));
        }

        // Squid keeps a stack per file but consults only its top (so "if true" inside "if false" is live again).
        var stack = new List<(bool Value, FlatLine Line)>();
        foreach (var directive in config.Directives)
        {
            var location = directive.Location!;
            var active = stack.Count == 0 || stack[stack.Count - 1].Value;
            var line = new FlatLine(directive, location, myIndex, active, folder);
            if (directive is ConditionalDirective conditional)
            {
                HandleConditional(conditional, line, stack);
                continue;
            }

            Lines.Add(line);
            if (active && directive is IncludeDirective include && include.Syntax.Arguments.Count > 0)
            {
                FollowInclude(include, line, config, followIncludes, depth, ref fileIndex);
            }
        }

        foreach (var open in stack)
        {
            Findings.Add(Finding(LintRules.UnbalancedConditional, "'if' without 'endif' in this file: Squid stops with \"if-statement without 'endif'\"", open.Line.Location, 2));
        }
    }

    private void HandleConditional(ConditionalDirective conditional, FlatLine line, List<(bool Value, FlatLine Line)> stack)
    {
        switch (conditional.Keyword)
        {
            case "if":
                // Squid evaluates the expression even inside an inactive block, and a bad one is fatal there too.
                if (!ConditionalExpression.TryEvaluate(conditional.Expression, out var value, out var error))
                {
                    Findings.Add(Finding(LintRules.UnbalancedConditional, error!, line.Location, 2));
                }

                stack.Add((value, line));
                break;
            case "else":
                if (stack.Count == 0)
                {
                    Findings.Add(Finding(LintRules.UnbalancedConditional, "'else' without 'if': Squid refuses the config", line.Location, 4));
                    break;
                }

                stack[stack.Count - 1] = (!stack[stack.Count - 1].Value, stack[stack.Count - 1].Line);
                break;
            default:
                if (stack.Count == 0)
                {
                    Findings.Add(Finding(LintRules.UnbalancedConditional, "'endif' without 'if': Squid refuses the config", line.Location, 5));
                    break;
                }

                stack.RemoveAt(stack.Count - 1);
                break;
        }
    }

    private void FollowInclude(IncludeDirective include, FlatLine line, SquidConfig config, bool followIncludes, int depth, ref int fileIndex)
    {
        var tokens = include.Syntax.Arguments;
        var patterns = include.Patterns;
        for (var i = 0; i < patterns.Count; i++)
        {
            var pattern = patterns[i];
            var at = line.At(tokens[i]);
            if (!followIncludes || pattern.StartsWith("!", StringComparison.Ordinal) || pattern.StartsWith("|", StringComparison.Ordinal) ||
                (config.FilePath is null && !Path.IsPathRooted(pattern)))
            {
                HasUnfollowedInclude = true;
                continue;
            }

            // Squid resolves relative names against its working directory; we use the including file's folder,
            // which is what Squid's own test runner arranges (it cd's into the config's folder).
            var full = Path.IsPathRooted(pattern) ? pattern : Path.Combine(line.Folder ?? Directory.GetCurrentDirectory(), pattern);
            var matches = Glob.Expand(full).Where(File.Exists).ToList();
            if (matches.Count == 0)
            {
                Findings.Add(Finding(LintRules.MissingInclude, $"include '{pattern}' matches no file: Squid stops with \"Unable to find configuration file\"", at, tokens[i].Text.Length));
                continue;
            }

            if (depth + 1 > MaxIncludeDepth)
            {
                Findings.Add(Finding(LintRules.IncludeTooDeep, $"include '{pattern}' is nested deeper than {MaxIncludeDepth} levels: Squid refuses it", at, tokens[i].Text.Length));
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
                    Findings.Add(Finding(LintRules.MissingInclude, $"include '{pattern}': {ex.Message}", at, tokens[i].Text.Length));
                    continue;
                }

                Walk(child, followIncludes, depth + 1, ref fileIndex);
            }
        }
    }
}
