using ProxyConnect.Analysis.Binding;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1015: a directive, ACL type or port option the target's build lacks, such as TLS interception on
/// Debian's GnuTLS <c>squid</c> package.</summary>
internal sealed class MissingFeatureRule : ConfigRule
{
    public override LintRule Rule => LintRules.MissingFeature;

    public override void Check(BoundConfig config, LintReport report)
    {
        var target = config.Target;
        foreach (var note in config.DirectiveNotes)
        {
            if (note.Fact is { IsObsolete: false } fact && !config.Knowledge.Has(fact.Feature))
            {
                report.Add(Rule, $"'{note.NameWord.Text}' needs {Describe(fact.Feature)}; this config targets {target}, where Squid reports an error and ignores the line", note.Site, note.NameWord);
            }
        }

        foreach (var definition in config.AclDefinitions)
        {
            if (definition.Status == AclDefinitionStatus.MissingFeature && definition.TypeWord is { } type)
            {
                report.Add(Rule, $"ACL type '{type.Text}' needs {Describe(definition.Type!.Feature)}; this config targets {target}, which refuses the type", definition.Site, type);
            }
        }

        foreach (var port in config.Ports)
        {
            foreach (var (word, fact) in port.Options)
            {
                if (fact is not null && !config.Knowledge.Has(fact.Feature))
                {
                    report.Add(Rule, $"{port.DirectiveName} option '{word.Text}' needs {Describe(fact.Feature)}; this config targets {target}, which refuses the option", port.Site, word);
                }
            }
        }
    }

    private static string Describe(SquidFeature feature) =>
        feature == SquidFeature.OpenSsl ? "a Squid built with OpenSSL (Debian's squid-openssl)" : "a build option this Squid lacks";
}
