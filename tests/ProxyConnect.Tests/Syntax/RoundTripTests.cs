using ProxyConnect.Squid;
using ProxyConnect.Tests.Shared;
using ProxyConnect.Tests.Support;

namespace ProxyConnect.Tests.Syntax;

public class RoundTripTests
{
    [Theory]
    [MemberData(nameof(Files))]
    public void Load_then_save_writes_the_same_bytes(string path)
    {
        var original = File.ReadAllBytes(path);
        var config = SquidConfig.Load(path);
        var target = Path.Combine(Path.GetTempPath(), "pxc-rt-" + Guid.NewGuid().ToString("N"));
        try
        {
            config.Save(target);
            File.ReadAllBytes(target).Should().Equal(original, because: $"{path} must survive Load then Save byte for byte");
        }
        finally
        {
            File.Delete(target);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Nodes_concatenated_give_the_text_back(string path)
    {
        var config = SquidConfig.Load(path);
        var text = config.ToString();
        string.Concat(config.Nodes.Select(n => n.Text)).Should().Be(text);
        config.Nodes.Sum(n => n.PhysicalLineCount).Should().Be(CountPhysicalLines(text));
    }

    [Fact]
    public void The_corpus_is_as_large_as_promised()
    {
        Corpus.OwnFiles.Should().HaveCountGreaterThanOrEqualTo(40);
        Corpus.SharedFiles.Should().Contain(f => f.EndsWith("squid.conf", StringComparison.Ordinal));
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            File.Exists(RepoPaths.InstalledConfig).Should().BeTrue("CI installs the Debian squid package, whose config is part of the corpus");
        }
    }

    public static TheoryData<string> Files() => Corpus.AllFilesData();

    private static int CountPhysicalLines(string text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var newlines = text.Count(c => c == '\n');
        return text[^1] == '\n' ? newlines : newlines + 1;
    }
}
