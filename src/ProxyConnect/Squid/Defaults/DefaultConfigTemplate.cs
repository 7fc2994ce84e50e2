using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Squid.Defaults;

/// <summary>
/// ProxyConnect's own default config, rendered for one Squid target from an embedded template. A block between
/// <c>#@unless-predefined NAME</c> and <c>#@end</c> is kept only when the target does not predefine ACL NAME, so the
/// result neither lacks a definition (Squid 4 refuses <c>CONNECT</c> undefined) nor repeats one (Squid 6 and 7 warn
/// about the repeated values of <c>to_linklocal</c>). The template lines themselves never reach the output.
/// </summary>
internal static class DefaultConfigTemplate
{
    private const string Resource = "ProxyConnect.Squid.Defaults.default-squid.conf";
    private const string UnlessPredefined = "#@unless-predefined ";
    private const string End = "#@end";

    private static readonly Lazy<string> Template = new(Read);
    private static readonly Dictionary<SquidTarget, string> Rendered = new();

    /// <summary>The default config for <paramref name="target"/> (rendered once per target).</summary>
    public static string For(SquidTarget target)
    {
        lock (Rendered)
        {
            if (!Rendered.TryGetValue(target, out var text))
            {
                text = Render(Template.Value, SquidKnowledge.For(target));
                Rendered[target] = text;
            }

            return text;
        }
    }

    /// <summary>Renders <paramref name="template"/> for the target of <paramref name="knowledge"/>.</summary>
    internal static string Render(string template, SquidKnowledge knowledge)
    {
        var output = new StringBuilder(template.Length);
        string? skippingFor = null;
        var lineNumber = 0;
        foreach (var line in template.Split('\n'))
        {
            lineNumber++;
            if (line.StartsWith(UnlessPredefined, StringComparison.Ordinal))
            {
                var acl = line.Substring(UnlessPredefined.Length).Trim();
                skippingFor = knowledge.PredefinedAcl(acl) != null ? acl : null;
                continue;
            }

            if (line == End)
            {
                skippingFor = null;
                continue;
            }

            if (line.StartsWith("#@", StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{Resource}({lineNumber},1): unknown template line '{line}'.");
            }

            if (skippingFor == null)
            {
                output.Append(line).Append('\n');
            }
        }

        // Split leaves one empty piece after the final newline; the loop wrote one newline too many for it.
        output.Length--;
        return output.ToString();
    }

    private static string Read()
    {
        using var stream = typeof(DefaultConfigTemplate).GetTypeInfo().Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidDataException($"The embedded default config '{Resource}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
