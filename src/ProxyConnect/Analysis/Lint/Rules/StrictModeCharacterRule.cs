using ProxyConnect.Analysis.Binding;
using ProxyConnect.Squid.Knowledge;
using ProxyConnect.Squid.Model;

namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1050: under <c>configuration_includes_quoted_values on</c>, an unquoted token with a character Squid's
/// strict mode refuses (such as <c>!</c>).</summary>
internal sealed class StrictModeCharacterRule : ConfigRule
{
    private const string Allowed = ".,()-=_/:+";

    public override LintRule Rule => LintRules.StrictModeCharacter;

    public override void Check(BoundConfig config, LintReport report)
    {
        var regexLines = new System.Collections.Generic.HashSet<DirectiveSite>();
        foreach (var definition in config.AclDefinitions)
        {
            if (definition.Type is { ValueKind: AclValueKind.Regex } && definition.Site.Node.QuotedValues)
            {
                regexLines.Add(definition.Site); // PXC1051 covers it
            }
        }

        foreach (var site in config.QuotedValueLines)
        {
            if (regexLines.Contains(site))
            {
                continue;
            }

            foreach (var token in site.Node.Arguments)
            {
                var t = token.Text;
                if (token.IsQuoted || t.StartsWith(Squid.Model.FileReference.ParametersPrefix, System.StringComparison.Ordinal))
                {
                    continue;
                }

                for (var i = 0; i < t.Length; i++)
                {
                    var c = t[i];
                    var ok = (char.IsLetterOrDigit(c) && c < 128) || Allowed.IndexOf(c) >= 0 ||
                             (c == '%' && i == t.Length - 1 && i > 0 && char.IsDigit(t[i - 1]));
                    if (!ok)
                    {
                        report.Add(Rule, $"'{c}' in unquoted token '{t}': with configuration_includes_quoted_values on, Squid refuses it (quote the value, or turn the setting off around this line)",
                            new Squid.SourceLocation(site.FilePath, site.Line + token.LineOffset, token.Column), t.Length, site.FileIndex);
                        break;
                    }
                }
            }
        }
    }
}
