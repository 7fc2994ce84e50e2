using System.Text.RegularExpressions;
using ProxyConnect.Analysis.Evaluation.Patterns;

namespace ProxyConnect.Tests.Analysis.Patterns;

/// <summary>The answer for a whole family of strings equals the answers for each member, tried one by one.</summary>
public class SymbolicMatchTests
{
    private static readonly string[] Pieces =
    [
        "a", "b", "-", ":", "1", ".", "*", "+", "?", "|", "(", ")", "^", "$", "[ab]", "[^a]", "{2}", "{0,1}", "\\.", "[[:digit:]]",
    ];

    /// <summary>Every string of one to three of a, b, '-', then ':1'.</summary>
    private static readonly EreNode Family = new EreConcat([
        new EreRepeat(new EreSet(ByteSet.Of("ab-")), 1, 3),
        new EreSet(ByteSet.Of(':')),
        new EreSet(ByteSet.Of('1')),
    ]);

    private static IEnumerable<string> Members()
    {
        var letters = "ab-";
        IEnumerable<string> words = [""];
        var all = new List<string>();
        for (var length = 1; length <= 3; length++)
        {
            words = words.SelectMany(w => letters.Select(c => w + c)).ToList();
            all.AddRange(words.Select(w => w + ":1"));
        }

        return all;
    }

    [Fact]
    public void Random_patterns_agree_with_member_by_member_matching()
    {
        var members = Members().ToList();
        var decided = 0;
        for (var seed = 0; seed < 3000; seed++)
        {
            var random = new Random(seed);
            var pattern = string.Concat(Enumerable.Range(0, random.Next(1, 7)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            EreNode node;
            try
            {
                node = EreParser.Parse(pattern, ignoreCase: false);
            }
            catch (EreSyntaxException)
            {
                continue;
            }

            var regex = new Regex(EreToDotNet.Write(node), RegexOptions.CultureInvariant);
            var matching = members.Count(regex.IsMatch);
            var expected = matching == members.Count ? FamilyMatch.Always : matching == 0 ? FamilyMatch.Never : FamilyMatch.Sometimes;
            SymbolicMatch.Decide(Nfa.Build(node)!, Nfa.Build(Family)!).Should().Be(expected, $"pattern '{pattern}' matches {matching} of {members.Count}");
            decided++;
        }

        decided.Should().BeGreaterThan(1000);
    }

    [Theory]
    [InlineData(@"^cache_object://", "Never")]
    [InlineData(@"^https?://[^/]+/squid-internal-mgr/", "Never")]
    [InlineData(@":443$", "Always")]
    [InlineData(@"\.example\.com", "Sometimes")]
    public void Squid_manager_patterns_never_match_a_connect_url(string pattern, string expectedName)
    {
        var expected = Enum.Parse<FamilyMatch>(expectedName);
        var host = new EreRepeat(new EreSet(ByteSet.Range('a', 'z').Union(ByteSet.Range('0', '9')).Union(ByteSet.Of(".-_"))), 1, null);
        var connect = new EreConcat([host, new EreSet(ByteSet.Of(':')), new EreSet(ByteSet.Of('4')), new EreSet(ByteSet.Of('4')), new EreSet(ByteSet.Of('3'))]);
        SymbolicMatch.Decide(Nfa.Build(EreParser.Parse(pattern, ignoreCase: true))!, Nfa.Build(connect)!).Should().Be(expected);
    }

    [Fact]
    public void Word_assertions_are_left_open() =>
        SymbolicMatch.Decide(Nfa.Build(EreParser.Parse(@"\bab", false))!, Nfa.Build(Family)!).Should().Be(FamilyMatch.Unknown);
}
