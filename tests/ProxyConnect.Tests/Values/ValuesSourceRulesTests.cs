using System.Text.RegularExpressions;
using ProxyConnect.Tests.Shared;

namespace ProxyConnect.Tests.Values;

/// <summary>
/// The Values sources are linked into the netstandard2.0 analyzer, which has no PolySharp. These checks catch the
/// constructs that would only compile in the library (verified by hand with a netstandard2.0 project without PolySharp).
/// </summary>
public class ValuesSourceRulesTests
{
    public static TheoryData<string, string> Forbidden => new()
    {
        { @"\brecord\s+(class|struct|[A-Z])", "records need IsExternalInit" },
        { @"\binit\s*;", "init accessors need IsExternalInit" },
        { @"\brequired\s+[A-Za-z]", "required members need RequiredMemberAttribute" },
        { @"\[\s*(NotNullWhen|MaybeNullWhen|NotNull|MemberNotNull)", "nullable attributes are missing in netstandard2.0" },
        { @"\[\s*\^|\.\.\s*\]|\[\s*\d*\s*\.\.", "ranges and indices need System.Index/Range" },
        { @"\.(Contains|StartsWith|EndsWith|Split)\s*\(\s*'[^']+'\s*[,)]", "char overloads (except Split(char)) are missing in netstandard2.0" },
        { @"\bSpan<|\bstackalloc\b|\bHashCode\.", "Span and HashCode are missing in netstandard2.0" },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void Values_sources_avoid_constructs_missing_in_netstandard2_0(string pattern, string why)
    {
        var folder = Path.Combine(RepoPaths.Root, "src", "ProxyConnect", "Values");
        var files = Directory.GetFiles(folder, "*.cs");
        files.Should().NotBeEmpty();
        var hits = files
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (f, line, i)))
            .Where(x => !x.line.TrimStart().StartsWith("///", StringComparison.Ordinal))
            .Where(x => Regex.IsMatch(x.line, pattern) && !(pattern.Contains("Split") && Regex.IsMatch(x.line, @"\.Split\s*\(\s*'[^']+'\s*\)")))
            .Select(x => $"{Path.GetFileName(x.f)}({x.i + 1}): {x.line.Trim()}")
            .ToList();
        hits.Should().BeEmpty(why);
    }

    [Fact]
    public void One_public_type_per_file_in_namespace_ProxyConnect_Values()
    {
        var folder = Path.Combine(RepoPaths.Root, "src", "ProxyConnect", "Values");
        foreach (var file in Directory.GetFiles(folder, "*.cs"))
        {
            var text = File.ReadAllText(file);
            text.Should().Contain("namespace ProxyConnect.Values;", file);
            Regex.Matches(text, @"^(public|internal)\s+(static\s+|sealed\s+|readonly\s+)*(class|struct|enum|interface)\s+(\w+)", RegexOptions.Multiline)
                .Select(m => m.Groups[4].Value)
                .Should().Equal(new[] { Path.GetFileNameWithoutExtension(file) }, file);
        }
    }
}
