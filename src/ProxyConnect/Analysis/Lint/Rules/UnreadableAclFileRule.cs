using System;
using System.IO;
using ProxyConnect.Analysis.Binding;

namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>PXC1026: a <c>"file"</c> of ACL values that cannot be read; Squid logs an error and the ACL gets no values from it.</summary>
internal sealed class UnreadableAclFileRule : ConfigRule
{
    public override LintRule Rule => LintRules.UnreadableAclFile;

    public override void Check(BoundConfig config, LintReport report)
    {
        foreach (var definition in config.AclDefinitions)
        {
            foreach (var (word, file) in definition.Files)
            {
                // Squid resolves a relative name against its working directory; we use the config file's folder (what
                // Squid's own test runner arranges), and skip relative names in text that has no file.
                string path;
                if (file.Length == 0)
                {
                    continue;
                }
                else if (Path.IsPathRooted(file))
                {
                    path = file;
                }
                else if (definition.Site.Folder is { } folder)
                {
                    path = Path.Combine(folder, file);
                }
                else
                {
                    continue;
                }

                if (!CanRead(path))
                {
                    report.Add(Rule, $"ACL '{definition.NameWord!.Value.Text}': cannot read '{file}': Squid logs an error and the ACL gets no values from it", definition.Site, word);
                }
            }
        }
    }

    private static bool CanRead(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return true;
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
        {
            return false;
        }
    }
}
