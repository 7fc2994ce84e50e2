using System;
using System.Collections.Generic;
using System.Linq;
using ProxyConnect.Analysis;
using ProxyConnect.Analysis.Internal;
using ProxyConnect.Analysis.Lint;

namespace ProxyConnect.Squid;

/// <summary>Analysis entry points: lint and <c>http_access</c> evaluation.</summary>
public sealed partial class SquidConfig
{
    private CompiledAccessRules? _accessRules;
    private IReadOnlyList<LintFinding>? _lintErrorsForEdits;

    /// <summary>This document's lint errors, computed once: the edit guard compares them before and after an edit.</summary>
    internal IReadOnlyList<LintFinding> LintErrorsForEdits() =>
        _lintErrorsForEdits ??= Lint().Where(f => f.Severity == Severity.Error).ToList();

    /// <summary>Lints this document. Nothing is read from disk except <c>"file"</c> ACL values named by an
    /// absolute path (or, when the document was loaded from a file, relative to its folder); <c>include</c>
    /// lines are not followed (use <see cref="LintFile(string)"/> for that).</summary>
    /// <returns>The findings in file order; syntax diagnostics (PXC1001–PXC1005) included.</returns>
    public IReadOnlyList<LintFinding> Lint() => Linter.Run(FlatConfig.Build(this, followIncludes: false));

    /// <summary>Loads and lints a file, following its <c>include</c> lines as Squid does (globs, relative
    /// names against the including file's folder, at most 16 levels deep).</summary>
    /// <param name="path">The main config file.</param>
    /// <returns>The findings, main file first, then each included file in the order Squid reads it.</returns>
    /// <exception cref="System.IO.IOException">The main file cannot be read.</exception>
    public static IReadOnlyList<LintFinding> LintFile(string path) => Linter.Run(FlatConfig.Build(Load(path), followIncludes: true));

    /// <summary>Decides what Squid's <c>http_access</c> rules answer to <paramref name="request"/>. Works on this
    /// document alone: <c>include</c> lines are skipped (see <see cref="EvaluateFile(string, AccessRequest)"/>).
    /// The rules are compiled once per document and reused, so repeated calls cost one pass over the rules.</summary>
    /// <param name="request">The request to decide.</param>
    /// <returns>The decision, with the deciding rule and a trace.</returns>
    public AccessDecision Evaluate(AccessRequest request)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        var rules = _accessRules ??= CompiledAccessRules.Compile(FlatConfig.Build(this, followIncludes: false));
        return rules.Evaluate(request);
    }

    /// <summary>Compiles the <c>http_access</c> rules of a file with its includes inlined, so that many requests can
    /// be decided against it.</summary>
    /// <param name="path">The main config file.</param>
    /// <returns>The compiled rules.</returns>
    /// <exception cref="System.IO.IOException">The main file cannot be read.</exception>
    public static CompiledAccessRules CompileFile(string path) => CompiledAccessRules.Compile(FlatConfig.Build(Load(path), followIncludes: true));

    /// <summary>Like <see cref="Evaluate(AccessRequest)"/>, on a file with its includes inlined.</summary>
    /// <param name="path">The main config file.</param>
    /// <param name="request">The request to decide.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="System.IO.IOException">The main file cannot be read.</exception>
    public static AccessDecision EvaluateFile(string path, AccessRequest request) => CompileFile(path).Evaluate(request);
}
