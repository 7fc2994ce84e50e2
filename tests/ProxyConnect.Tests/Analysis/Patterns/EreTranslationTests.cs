using System.Text.RegularExpressions;
using ProxyConnect.Analysis.Evaluation.Patterns;
using Xunit.Abstractions;

namespace ProxyConnect.Tests.Analysis.Patterns;

/// <summary>The POSIX ERE translation agrees with glibc, which Squid uses (fixed cases and random patterns).</summary>
public class EreTranslationTests(ITestOutputHelper output)
{
    /// <summary>Pattern pieces chosen to meet every rule of the dialect next to every other.</summary>
    private static readonly string[] Pieces =
    [
        "a", "b", "A", "B", "x", ".", "*", "+", "?", "|", "(", ")", "[", "]", "^", "$", "-", "{", "}", ",", "1", "2",
        "\\", "\\.", "\\d", "\\w", "\\W", "\\s", "\\b", "\\<", "\\>", "[:alpha:]", "[:upper:]", "[:lower:]", "[:digit:]",
        "[:punct:]", "[=a=]", "[.-.]", "{1}", "{0,2}", "{2,}", "{,1}", ":", "/", "%", " ", "[^", "[a-z]", "[A-Z]", "[]a]",
    ];

    private static readonly string Subjects = "aAbBx-]{}(|:/1.% _";

    private static bool? Translated(string pattern, bool ignoreCase, string subject)
    {
        EreNode node;
        try
        {
            node = EreParser.Parse(pattern, ignoreCase);
        }
        catch (EreSyntaxException)
        {
            return null;
        }

        return new Regex(EreToDotNet.Write(node), RegexOptions.CultureInvariant).IsMatch(subject);
    }

    [Theory]
    [InlineData(@"\d", false, "d", true)]
    [InlineData(@"\d", false, "7", false)]
    [InlineData(@"[\d]", false, "\\", true)]
    [InlineData(@"x+?", false, "xxx", true)]
    [InlineData(@"a$", false, "a\n", false)]
    [InlineData(@"^b", false, "a\nb", false)]
    [InlineData(@".", false, "\n", true)]
    [InlineData(@"a)", false, "a)", true)]
    [InlineData(@"a**", false, "", true)]
    [InlineData(@"[^B]", true, "b", false)]
    [InlineData(@"[[:upper:]]", true, "a", true)]
    [InlineData(@"[B-D]", true, "c", true)]
    [InlineData(@"\bfoo\b", false, "a foo.", true)]
    [InlineData(@"\bfoo\b", false, "afoo", false)]
    [InlineData(@"^https?://[^/]+/squid-internal-mgr/", false, "http://127.0.0.1:3128/squid-internal-mgr/menu", true)]
    [InlineData(@"^cache_object://", true, "CACHE_OBJECT://localhost/", true)]
    public void Fixed_cases_match_like_glibc(string pattern, bool ignoreCase, string subject, bool expected)
    {
        Translated(pattern, ignoreCase, subject).Should().Be(expected);
        if (GlibcRegex.WhyUnavailable is null)
        {
            GlibcRegex.Matches(pattern, ignoreCase, subject).Should().Be(expected, "the expectation is glibc's own answer");
        }
    }

    [Theory]
    [InlineData("*a")]
    [InlineData("a{")]
    [InlineData("(a")]
    [InlineData("^*")]
    [InlineData("a{2,1}")]
    [InlineData("[z-a]")]
    [InlineData("[[:foo:]]")]
    [InlineData("[[.space.]]")]
    [InlineData("a\\")]
    [InlineData("(a)\\1")]
    public void Patterns_glibc_refuses_or_that_are_not_ere_are_reported(string pattern)
    {
        var parse = () => EreParser.Parse(pattern, false);
        parse.Should().Throw<EreSyntaxException>().Which.Message.Should().NotBeEmpty();
    }

    [SkippableFact]
    public void Random_patterns_match_like_glibc()
    {
        Skip.If(GlibcRegex.WhyUnavailable is not null, GlibcRegex.WhyUnavailable);
        var compared = 0;
        var refusedByBoth = 0;
        for (var seed = 0; seed < 4000; seed++)
        {
            var random = new Random(seed);
            var pattern = string.Concat(Enumerable.Range(0, random.Next(1, 9)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            var ignoreCase = random.Next(2) == 0;
            var glibcAccepts = GlibcRegex.Matches(pattern, ignoreCase, string.Empty) is not null;
            EreNode? node = null;
            string? refusal = null;
            try
            {
                node = EreParser.Parse(pattern, ignoreCase);
            }
            catch (EreSyntaxException e)
            {
                refusal = e.Message;
            }

            if (!glibcAccepts)
            {
                refusal.Should().NotBeNull($"glibc refuses '{pattern}' (icase {ignoreCase}), so the translation must too");
                refusedByBoth++;
                continue;
            }

            if (refusal is not null)
            {
                refusal.Should().Match(r => r.Contains("back-reference") || r.Contains("quirk"), $"glibc accepts '{pattern}' (icase {ignoreCase}); only back-references may be refused");
                continue;
            }

            var regex = new Regex(EreToDotNet.Write(node!), RegexOptions.CultureInvariant);
            for (var i = 0; i < 12; i++)
            {
                var subject = new string(Enumerable.Range(0, random.Next(0, 7)).Select(_ => Subjects[random.Next(Subjects.Length)]).ToArray());
                regex.IsMatch(subject).Should().Be(GlibcRegex.Matches(pattern, ignoreCase, subject)!.Value,
                    $"pattern '{pattern}' (icase {ignoreCase}, .NET '{regex}') on '{subject}'");
                compared++;
            }
        }

        output.WriteLine($"{compared} matches compared with glibc, {refusedByBoth} patterns refused by both");
        compared.Should().BeGreaterThan(5000);
    }
}
