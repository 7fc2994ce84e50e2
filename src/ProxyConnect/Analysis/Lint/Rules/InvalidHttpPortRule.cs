using System;
using ProxyConnect.Analysis.Binding;
using ProxyConnect.Values;

namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1040: an <c>http_port</c>/<c>https_port</c> whose port is missing, not a number 1 to 65535, or whose address is malformed.</summary>
internal sealed class InvalidHttpPortRule : ConfigRule
{
    public override LintRule Rule => LintRules.InvalidHttpPort;

    public override void Check(BoundConfig config, LintReport report)
    {
        foreach (var port in config.Ports)
        {
            if (port.Specification is not { } word)
            {
                report.AddOnName(Rule, $"{port.DirectiveName} without a port: Squid refuses the config", port.Site);
                continue;
            }

            var spec = word.Text;
            string? problem = null;
            var close = spec.IndexOf(']');
            if (spec.StartsWith("[", StringComparison.Ordinal) && close < 0)
            {
                problem = "missing ']' on the IPv6 address";
            }
            else if (spec.StartsWith("[", StringComparison.Ordinal) && !spec.Substring(close + 1).StartsWith(":", StringComparison.Ordinal))
            {
                problem = "missing ':port' after the IPv6 address";
            }
            else if (!PortNumber.TryParse(PortText(spec), out _, out var error))
            {
                problem = spec.IndexOf("::", StringComparison.Ordinal) >= 0 && !spec.StartsWith("[", StringComparison.Ordinal)
                    ? "an IPv6 address must be in brackets ([::1]:3128); Squid splits at the first ':'"
                    : error;
            }

            if (problem is not null)
            {
                report.Add(Rule, $"{port.DirectiveName} '{spec}': {problem}; Squid refuses the config", port.Site, word);
            }
        }
    }

    /// <summary>The port part: after the bracketed address, or after the first ':' as Squid splits.</summary>
    private static string PortText(string spec)
    {
        if (spec.StartsWith("[", StringComparison.Ordinal))
        {
            var rest = spec.Substring(spec.IndexOf(']') + 1);
            return rest.StartsWith(":", StringComparison.Ordinal) ? rest.Substring(1) : rest;
        }

        var colon = spec.IndexOf(':');
        return colon < 0 ? spec : spec.Substring(colon + 1);
    }
}
