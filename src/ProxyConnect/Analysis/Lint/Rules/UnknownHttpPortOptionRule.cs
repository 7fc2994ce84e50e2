using ProxyConnect.Analysis.Binding;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1041: an <c>http_port</c>/<c>https_port</c> option the target does not know (says when another version knows it), or one written without the value it needs.</summary>
internal sealed class UnknownHttpPortOptionRule : ConfigRule
{
    public override LintRule Rule => LintRules.UnknownHttpPortOption;

    public override void Check(BoundConfig config, LintReport report)
    {
        foreach (var port in config.Ports)
        {
            foreach (var (word, fact) in port.Options)
            {
                if (fact is { TakesValue: true, ValueOptional: false, IsPrefix: false } && word.IndexOf('=') < 0)
                {
                    report.Add(Rule, $"{port.DirectiveName} option '{word.Text}' needs a value ({word.Text}=…): Squid refuses the config", port.Site, word);
                }
                else if (fact is null)
                {
                    var key = word.IndexOf('=') < 0 ? word.Text : word.Text.Substring(0, word.IndexOf('='));
                    var version = TargetText.VersionNote(MajorsKnowing(key), config.Target);
                    report.Add(Rule, version is null
                        ? $"unknown {port.DirectiveName} option '{word.Text}': Squid refuses the config"
                        : $"unknown {port.DirectiveName} option '{word.Text}' for this target: it {version}, which refuses the config", port.Site, word);
                }
            }
        }
    }

    private static System.Collections.Generic.IReadOnlyList<int> MajorsKnowing(string key)
    {
        var majors = new System.Collections.Generic.List<int>();
        foreach (var target in SquidTarget.Known)
        {
            if (SquidKnowledge.For(target).PortOption(key) is not null)
            {
                majors.Add(target.Major);
            }
        }

        return majors;
    }
}
