using ProxyConnect.Squid.Syntax;

namespace ProxyConnect.Tests.Syntax;

/// <summary>The vectorised line count agrees with counting one character at a time, over texts long enough to cross
/// its per-block sums, with every ending.</summary>
public class LineCountTests
{
    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(7, 0.5)]
    [InlineData(9, 0.3)]
    [InlineData(100_003, 0.03)]
    [InlineData(300_001, 0.9)]
    public void Count_is_the_line_feeds_plus_an_unterminated_last_line(int length, double feedShare)
    {
        var random = new Random(length);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = random.NextDouble() < feedShare ? '\n' : "ab\r \u0A0A\u010A"[random.Next(6)];
        }

        foreach (var text in new[] { new string(chars), new string(chars) + "\n", new string(chars) + "x" })
        {
            var expected = text.Count(c => c == '\n') + (text.Length > 0 && text[^1] != '\n' ? 1 : 0);
            LineScanner.Count(text).Should().Be(expected);
        }
    }
}
