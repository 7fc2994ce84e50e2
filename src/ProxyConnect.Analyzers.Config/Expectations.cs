using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ProxyConnect.Analysis;
using ProxyConnect.Analysis.Binding;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Analyzers.Config;

/// <summary>The expectation file: <c>{ "allow": [{ "source": "10.1.0.5" }], "deny": [{ "source": "192.0.2.7" }] }</c>,
/// each entry with optional <c>method</c> (default CONNECT), <c>port</c> (default 443) and <c>destination</c>. Every
/// entry is decided by the config's http_access rules (includes inlined); a different answer is PXC1100. An optional
/// <c>"squidVersion": "5"</c> names the Squid the config is linted and decided for.</summary>
internal static class Expectations
{
    private const string VersionProperty = "squidVersion";

    /// <summary>The target the file names with "squidVersion", or <paramref name="fallback"/>; an unknown version is PXC1102.</summary>
    public static SquidTarget TargetOf(AdditionalText file, SquidTarget fallback, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken);
        if (text is null)
        {
            return fallback;
        }

        JsonNode root;
        try
        {
            root = MiniJson.Parse(text.ToString());
        }
        catch (JsonFormatException)
        {
            return fallback; // Check reports it
        }

        if (root.AsObject is not { } obj || !obj.TryGetValue(VersionProperty, out var version))
        {
            return fallback;
        }

        if (version.Value is string v && SquidTarget.TryParse(v, out var target))
        {
            return target!;
        }

        report(Diagnostic.Create(ConfigDescriptors.InvalidSquidVersion, At(file, text, version.Start, 1),
            $"\"{VersionProperty}\" must be a Squid version ProxyConnect knows, as a string: \"4\" to \"7\" or \"X.Y\" such as \"6.13\", optionally followed by +openssl; checking for {fallback}"));
        return fallback;
    }

    public static void Check(AdditionalText file, BoundConfig bound, LintFinding? firstError, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken);
        if (text is null)
        {
            return;
        }

        JsonNode root;
        try
        {
            root = MiniJson.Parse(text.ToString());
        }
        catch (JsonFormatException e)
        {
            report(Diagnostic.Create(ConfigDescriptors.InvalidExpectations, At(file, text, e.Position, 1), $"Expectation file is not valid JSON: {e.Message}"));
            return;
        }

        var obj = root.AsObject;
        if (obj is null)
        {
            report(Diagnostic.Create(ConfigDescriptors.InvalidExpectations, At(file, text, root.Start, 1), "Expectation file must be a JSON object with \"allow\" and/or \"deny\" arrays."));
            return;
        }

        CompiledAccessRules? rules = null;
        foreach (var pair in obj)
        {
            bool expectAllowed;
            if (pair.Key == VersionProperty)
            {
                continue; // read by TargetOf
            }
            else if (pair.Key == "allow")
            {
                expectAllowed = true;
            }
            else if (pair.Key == "deny")
            {
                expectAllowed = false;
            }
            else
            {
                report(Diagnostic.Create(ConfigDescriptors.InvalidExpectations, At(file, text, pair.Value.Start, 1), $"Unknown property \"{pair.Key}\": expected \"allow\", \"deny\" or \"{VersionProperty}\"."));
                continue;
            }

            var entries = pair.Value.AsArray;
            if (entries is null)
            {
                report(Diagnostic.Create(ConfigDescriptors.InvalidExpectations, At(file, text, pair.Value.Start, 1), $"\"{pair.Key}\" must be an array of requests."));
                continue;
            }

            foreach (var entry in entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!TryRequest(entry, out var request, out var error, out var errorAt))
                {
                    report(Diagnostic.Create(ConfigDescriptors.InvalidExpectations, At(file, text, errorAt, 1), error));
                    continue;
                }

                rules ??= CompiledAccessRules.Compile(bound, firstError is null ? null : $"{firstError.Location}: {firstError.Id}: {firstError.Message}", targetGiven: true);
                var decision = rules.Evaluate(request!);
                var wanted = expectAllowed ? AccessVerdict.Allowed : AccessVerdict.Denied;
                if (decision.Verdict == wanted)
                {
                    continue;
                }

                var what = $"{request!.Source} {request.Method} port {request.Port}{(request.Destination is null ? string.Empty : " to " + request.Destination)}";
                var why = decision.DecidingRule is not null
                    ? $" by {decision.DecidingRule.Location.ToDisplayString()}: {decision.DecidingRule.Text}"
                    : decision.Verdict == AccessVerdict.Indeterminate ? $": {decision.Reason}"
                    : decision.IsImplicit ? " by the implicit rule (no http_access line matched)" : string.Empty;
                var answer = decision.Verdict switch
                {
                    AccessVerdict.Allowed => "allowed",
                    AccessVerdict.Denied => decision.IsAuthenticationRequired ? "denied until it authenticates" : "denied",
                    _ => "indeterminate",
                };
                var source = entry.AsObject!["source"];
                var length = request.Source.Length + 2;
                report(Diagnostic.Create(ConfigDescriptors.ExpectationNotMet, At(file, text, source.Start, length), $"Expected {what} to be {(expectAllowed ? "allowed" : "denied")}, but it is {answer}{why}"));
            }
        }
    }

    private static bool TryRequest(JsonNode entry, out AccessRequest? request, out string error, out int errorAt)
    {
        request = null;
        error = string.Empty;
        errorAt = entry.Start;
        var obj = entry.AsObject;
        if (obj is null || !obj.TryGetValue("source", out var source) || source.Value is not string sourceText)
        {
            error = "Each expectation needs \"source\": the client address as a string.";
            return false;
        }

        var method = "CONNECT";
        if (obj.TryGetValue("method", out var m))
        {
            if (m.Value is not string ms || ms.Length == 0)
            {
                error = "\"method\" must be a non-empty string such as \"CONNECT\" or \"GET\".";
                errorAt = m.Start;
                return false;
            }

            method = ms;
        }

        var port = 443;
        if (obj.TryGetValue("port", out var p))
        {
            if (p.Value is not double d || d != Math.Floor(d) || d < 1 || d > 65535)
            {
                error = "\"port\" must be a whole number from 1 to 65535.";
                errorAt = p.Start;
                return false;
            }

            port = (int)d;
        }

        string? destination = null;
        if (obj.TryGetValue("destination", out var dst))
        {
            destination = dst.Value as string;
        }

        try
        {
            request = new AccessRequest(sourceText, method, port, destination);
            return true;
        }
        catch (ArgumentException e)
        {
            error = $"Invalid expectation: {e.Message}";
            errorAt = source.Start;
            return false;
        }
    }

    private static Location At(AdditionalText file, SourceText text, int offset, int length)
    {
        offset = Math.Max(0, Math.Min(offset, text.Length));
        var span = new TextSpan(offset, Math.Max(0, Math.Min(length, text.Length - offset)));
        return Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span));
    }
}
