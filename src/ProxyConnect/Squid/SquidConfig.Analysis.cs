using System;
using System.Collections.Generic;
using System.Linq;
using ProxyConnect.Analysis;
using ProxyConnect.Analysis.Binding;
using ProxyConnect.Analysis.Lint;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Squid;

/// <summary>Analysis entry points: lint and <c>http_access</c> evaluation, for a target Squid (the newest one when none is given).</summary>
public sealed partial class SquidConfig
{
    // Evaluation is asked again and again of one document: its compiled rules are kept per target (and whether the
    // caller named it, which decides whether answers state the version as an assumption). Thread-safe.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(SquidTarget Target, bool Given), CompiledAccessRules> _accessRulesByTarget = new();
    private IReadOnlyList<LintFinding>? _lintErrorsForEdits;

    /// <summary>This document's lint errors for its <see cref="Target"/>, computed once: the edit guard compares them
    /// before and after an edit.</summary>
    internal IReadOnlyList<LintFinding> LintErrorsForEdits() =>
        _lintErrorsForEdits ??= Lint(Target).Where(f => f.Severity == Severity.Error).ToList();

    /// <summary>Lints this document for its <see cref="Target"/> (the newest Squid ProxyConnect knows,
    /// <see cref="SquidTarget.Newest"/>, unless set with <see cref="ForTarget(SquidTarget)"/>); see
    /// <see cref="Lint(SquidTarget)"/>.</summary>
    /// <returns>The findings in file order; syntax diagnostics (PXC1001–PXC1005) included.</returns>
    public IReadOnlyList<LintFinding> Lint() => Lint(Target);

    /// <summary>Lints this document for <paramref name="target"/>: what that Squid refuses is an error, what it warns
    /// about a warning, and findings whose answer depends on the version say so. Nothing is read from disk except
    /// <c>"file"</c> ACL values named by an absolute path (or, when the document was loaded from a file, relative to
    /// its folder); <c>include</c> lines are not followed (use <see cref="LintFile(string, SquidTarget)"/> for that).</summary>
    /// <param name="target">The Squid the config is meant for.</param>
    /// <returns>The findings in file order; syntax diagnostics (PXC1001–PXC1005) included.</returns>
    public IReadOnlyList<LintFinding> Lint(SquidTarget target) => Linter.Run(Bind(this, target, followIncludes: false));

    /// <summary>Loads and lints a file for the newest Squid; see <see cref="LintFile(string, SquidTarget)"/>.</summary>
    /// <param name="path">The main config file.</param>
    /// <returns>The findings, main file first, then each included file in the order Squid reads it.</returns>
    /// <exception cref="System.IO.IOException">The main file cannot be read.</exception>
    public static IReadOnlyList<LintFinding> LintFile(string path) => LintFile(path, SquidTarget.Newest);

    /// <summary>Loads and lints a file for <paramref name="target"/>, following its <c>include</c> lines as Squid does
    /// (globs, relative names against the including file's folder, at most 16 levels deep).</summary>
    /// <param name="path">The main config file.</param>
    /// <param name="target">The Squid the config is meant for.</param>
    /// <returns>The findings, main file first, then each included file in the order Squid reads it.</returns>
    /// <exception cref="System.IO.IOException">The main file cannot be read.</exception>
    public static IReadOnlyList<LintFinding> LintFile(string path, SquidTarget target) => Linter.Run(Bind(Load(path), target, followIncludes: true));

    /// <summary>Decides what the newest Squid's <c>http_access</c> rules answer to <paramref name="request"/>; see
    /// <see cref="Evaluate(AccessRequest, SquidTarget)"/>.</summary>
    /// <param name="request">The request to decide.</param>
    /// <returns>The decision, with the deciding rule and a trace.</returns>
    public AccessDecision Evaluate(AccessRequest request) => EvaluateFor(request, SquidTarget.Newest, targetGiven: false);

    /// <summary>Decides what <paramref name="target"/>'s <c>http_access</c> rules answer to <paramref name="request"/>
    /// (its predefined ACLs included). Works on this document alone: <c>include</c> lines are skipped (see
    /// <see cref="EvaluateFile(string, AccessRequest)"/>). The rules are compiled once per document and target and
    /// reused, so repeated calls cost one pass over the rules.</summary>
    /// <param name="request">The request to decide.</param>
    /// <param name="target">The Squid the config is meant for.</param>
    /// <returns>The decision, with the deciding rule and a trace.</returns>
    public AccessDecision Evaluate(AccessRequest request, SquidTarget target) =>
        EvaluateFor(request, target ?? throw new ArgumentNullException(nameof(target)), targetGiven: true);

    private AccessDecision EvaluateFor(AccessRequest request, SquidTarget target, bool targetGiven)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        // Looked up first: the factory lambda captures this, and creating it on every decision would allocate.
        var key = (target, targetGiven);
        if (!_accessRulesByTarget.TryGetValue(key, out var rules))
        {
            rules = _accessRulesByTarget.GetOrAdd(key, k => CompiledAccessRules.Compile(Bind(this, k.Target, followIncludes: false), k.Given));
        }

        return rules.Evaluate(request);
    }

    /// <summary>Compiles the <c>http_access</c> rules of a file with its includes inlined, for the newest Squid.</summary>
    /// <param name="path">The main config file.</param>
    /// <returns>The compiled rules.</returns>
    /// <exception cref="System.IO.IOException">The main file cannot be read.</exception>
    public static CompiledAccessRules CompileFile(string path) => CompiledAccessRules.Compile(Bind(Load(path), SquidTarget.Newest, followIncludes: true), targetGiven: false);

    /// <summary>Compiles the <c>http_access</c> rules of a file with its includes inlined, for <paramref name="target"/>,
    /// so that many requests can be decided against it.</summary>
    /// <param name="path">The main config file.</param>
    /// <param name="target">The Squid the config is meant for.</param>
    /// <returns>The compiled rules.</returns>
    /// <exception cref="System.IO.IOException">The main file cannot be read.</exception>
    public static CompiledAccessRules CompileFile(string path, SquidTarget target) => CompiledAccessRules.Compile(Bind(Load(path), target, followIncludes: true), targetGiven: true);

    /// <summary>Like <see cref="Evaluate(AccessRequest)"/>, on a file with its includes inlined.</summary>
    /// <param name="path">The main config file.</param>
    /// <param name="request">The request to decide.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="System.IO.IOException">The main file cannot be read.</exception>
    public static AccessDecision EvaluateFile(string path, AccessRequest request) => CompileFile(path).Evaluate(request);

    private static BoundConfig Bind(SquidConfig config, SquidTarget target, bool followIncludes)
    {
        if (target is null)
        {
            throw new ArgumentNullException(nameof(target));
        }

        return Binder.Bind(config, SquidKnowledge.For(target), followIncludes);
    }
}
