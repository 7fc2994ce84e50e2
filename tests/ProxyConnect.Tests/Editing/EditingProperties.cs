using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using FsCheck;
using FsCheck.Xunit;
using ProxyConnect.Sensors;
using ProxyConnect.Squid;
using ProxyConnect.Squid.Model;
using ProxyConnect.Tests.Support;

namespace ProxyConnect.Tests.Editing;

/// <summary>Random sequences of general edits on corpus files: only the targeted lines change, and the result never
/// breaks define-before-use.</summary>
public class EditingProperties
{
    private static readonly string[] DefineBeforeUse = { "PXC1030", "PXC1031" };

    private static readonly string[] Files = Corpus.AllFiles
        .Select(SquidConfig.Load)
        .Where(c => c.MarkerLocation != null && c.HttpAccessRules.Any())
        .Select(c => c.ToString())
        .ToArray();

    [Property(MaxTest = 120)]
    public bool Random_edits_change_only_their_lines_and_keep_define_before_use(NonNegativeInt seed)
    {
        var random = new Random(seed.Get);
        var original = SquidConfig.Parse(Files[random.Next(Files.Length)]);
        var before = original.Lint().Count(f => DefineBeforeUse.Contains(f.Id));
        var config = original;
        var touched = new HashSet<string>(StringComparer.Ordinal);
        for (var step = random.Next(1, 8); step > 0; step--)
        {
            var n = random.Next(1000);
            switch (random.Next(6))
            {
                case 0:
                    config = config.AddAcl(new AclDirective($"net{n}", "src", $"10.{n % 256}.0.0/16"));
                    break;
                case 1:
                    config = config.AddAcl(new AclDirective($"net{n}", "src", $"10.{n % 256}.0.0/16"))
                        .AddDirective(new HttpAccessDirective(AccessAction.Deny, $"net{n}"));
                    break;
                case 2:
                    config = config.SetHttpPort(1024 + n);
                    touched.Add("http_port");
                    break;
                case 3:
                    config = config.SetVisibleHostname($"proxy{n}.example");
                    touched.Add("visible_hostname");
                    break;
                case 4:
                    config = config.AddSensor(new Sensor($"sensor{n}", $"10.200.{n % 256}.1"));
                    break;
                default:
                    var ours = config.Acls.LastOrDefault(a => a.Name.StartsWith("net", StringComparison.Ordinal) && !config.HttpAccessRules.Any(r => r.Acls.Any(x => x.Name == a.Name)));
                    if (ours != null)
                    {
                        config = config.RemoveDirective(ours);
                    }

                    break;
            }
        }

        var diff = new InlineDiffBuilder(new Differ()).BuildDiffModel(original.ToString(), config.ToString(), ignoreWhitespace: false);
        var removedOnlyTargets = diff.Lines
            .Where(l => l.Type == ChangeType.Deleted)
            .All(l => touched.Any(t => l.Text.TrimStart(' ', '\t').StartsWith(t, StringComparison.Ordinal)));
        var after = config.Lint().Count(f => DefineBeforeUse.Contains(f.Id));
        return removedOnlyTargets && after <= before;
    }

    [Fact]
    public void There_are_corpus_files_to_edit() => Files.Should().HaveCountGreaterThanOrEqualTo(5);
}
