using System.Collections.Generic;
using ProxyConnect.Analysis.Binding;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1042: an accelerator option on a port without <c>accel</c> (an error or a warning, as the target
/// treats it), or modes Squid refuses to combine (<c>accel</c>, <c>intercept</c>, <c>tproxy</c>).</summary>
internal sealed class HttpPortModeConflictRule : ConfigRule
{
    public override LintRule Rule => LintRules.HttpPortModeConflict;

    public override void Check(BoundConfig config, LintReport report)
    {
        foreach (var port in config.Ports)
        {
            var modes = new List<string>(1);
            Word? second = null;
            foreach (var (word, _) in port.Options)
            {
                if (PortModes.ExclusiveMode(word.Text) is { } mode)
                {
                    if (!modes.Contains(mode))
                    {
                        modes.Add(mode);
                    }

                    if (modes.Count > 1 && second is null)
                    {
                        second = word;
                    }
                }
            }

            var accel = modes.Contains(PortModes.Accel);
            foreach (var (word, fact) in port.Options)
            {
                if (!accel && fact is { NeedsAccel: true })
                {
                    // Per option, as measured: defaultsite= and vport are fatal, vhost only warns.
                    var outcome = fact.WithoutAccel == ProblemOutcome.Ignored ? ProblemOutcome.Warning : fact.WithoutAccel;
                    var severityWord = outcome == ProblemOutcome.Fatal ? "Squid refuses the config" : "Squid warns and treats the port as an accelerator";
                    report.Add(Rule, outcome, $"{port.DirectiveName} option '{fact.Name}' belongs to the accel mode: {severityWord} (add accel)", port.Site, word);
                }
            }

            if (second is { } w)
            {
                report.Add(Rule, $"{port.DirectiveName} modes {string.Join(", ", modes)} cannot be combined: Squid refuses the config", port.Site, w);
            }
        }
    }
}
