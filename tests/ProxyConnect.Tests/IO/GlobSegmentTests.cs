using System.Runtime.InteropServices;
using System.Text;
using ProxyConnect.Squid.IO;

namespace ProxyConnect.Tests.IO;

/// <summary>The include glob answers as the C library's fnmatch(3) does (Squid's glob(3) compares each path segment
/// with it), on random well-formed patterns built from every construct a glob has.</summary>
public class GlobSegmentTests
{
    private const string NameAlphabet = "ab.-]!^\\*?[";

    [Theory]
    [InlineData("*.conf", "debian.conf", true)]
    [InlineData("*.conf", "debian.conf.dpkg-old", false)]
    [InlineData("sensor-[0-9].conf", "sensor-7.conf", true)]
    [InlineData("sensor-[!0-9].conf", "sensor-7.conf", false)]
    [InlineData("a\\*b", "a*b", true)]
    [InlineData("a\\*b", "axb", false)]
    [InlineData("[", "[", true)]
    [InlineData("a\\", "a\\", false)]
    public void Matches_like_fnmatch(string pattern, string name, bool expected) =>
        GlobSegment.IsMatch(pattern, name).Should().Be(expected);

    [SkippableFact]
    public void Random_patterns_match_as_the_C_library_fnmatch_says()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "fnmatch(3) is read from glibc, so the comparison runs on Linux only");
        var random = new Random(20261129);
        var disagreements = new List<string>();
        for (var i = 0; i < 20000 && disagreements.Count < 5; i++)
        {
            var pattern = Pattern(random);
            var name = random.Next(3) == 0 ? Fill(random, pattern) : Draw(random, NameAlphabet, random.Next(0, 7));
            var expected = fnmatch(pattern, name, 0) == 0;
            if (GlobSegment.IsMatch(pattern, name) != expected)
            {
                disagreements.Add($"'{pattern}' vs '{name}': fnmatch says {expected}");
            }
        }

        disagreements.Should().BeEmpty();
    }

    /// <summary>Literals (also <c>]</c>, <c>!</c>, <c>^</c>, <c>-</c>), <c>*</c>, <c>?</c>, quoted characters and
    /// bracket expressions with negation, ranges, quoted members and a leading <c>]</c>.</summary>
    private static string Pattern(Random random)
    {
        var text = new StringBuilder();
        for (var i = random.Next(0, 6); i > 0; i--)
        {
            switch (random.Next(6))
            {
                case 0: text.Append('*'); break;
                case 1: text.Append('?'); break;
                case 2: text.Append('\\').Append(Draw(random, "ab*?[]\\", 1)); break;
                case 3: text.Append(Bracket(random)); break;
                default: text.Append(Draw(random, "ab.-]!^", 1)); break;
            }
        }

        return text.ToString();
    }

    private static string Bracket(Random random)
    {
        var text = new StringBuilder("[");
        text.Append(random.Next(3) switch { 0 => "!", 1 => "^", _ => string.Empty });
        if (random.Next(4) == 0)
        {
            text.Append(']');
        }

        for (var i = random.Next(1, 4); i > 0; i--)
        {
            // '^' or '!' first would be a negation, not a member.
            var plain = text.Length == 1 ? "ab." : "ab.^!";
            text.Append(random.Next(4) switch
            {
                0 => Draw(random, "ab.", 1) + "-" + Draw(random, "ab.", 1),
                1 => "\\" + Draw(random, "ab]-", 1),
                _ => Draw(random, plain, 1),
            });
        }

        if (random.Next(4) == 0)
        {
            text.Append('-');
        }

        return text.Append(']').ToString();
    }

    private static string Draw(Random random, string alphabet, int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return text.ToString();
    }

    /// <summary>A name built from the pattern's own characters (wildcards replaced), so that matches are common.</summary>
    private static string Fill(Random random, string pattern)
    {
        var text = new StringBuilder();
        foreach (var c in pattern)
        {
            text.Append(c switch
            {
                '*' => Draw(random, "ab.", random.Next(0, 3)),
                '?' => Draw(random, "ab-", 1),
                '\\' => string.Empty,
                _ => c.ToString(),
            });
        }

        return text.ToString();
    }

    [DllImport("libc", CharSet = CharSet.Ansi)]
    private static extern int fnmatch(string pattern, string name, int flags);
}
