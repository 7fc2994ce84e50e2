using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ProxyConnect.Squid;

namespace ProxyConnect.Tests.Syntax;

public class RoundTripProperties
{
    /// <summary>Pieces of real configs, mixed at random so the parser meets every construct next to every other.</summary>
    private static readonly string[] Fragments =
    {
        "acl a src 10.0.0.1", "http_access allow a", "http_access deny !a", "http_port 3128", "  ", "\t", " ", "#", "# comment",
        "\\", " \\", "\\ ", "\n", "\r\n", "\r", "\"", "'", "\"quoted value\"", "parameters(\"/f\")", "# INSERT YOUR OWN RULE(S) HERE TO ALLOW ACCESS FROM YOUR CLIENTS",
        "include /etc/squid/conf.d/*.conf", "if true", "else", "endif", "${process_number}", "\uFEFF", "é", "\u00A0", "\u000B", "\0",
        "configuration_includes_quoted_values on", "configuration_includes_quoted_values off", "auth_param basic realm x # y", "!", "-i", "fc00::/7",
    };

    [Property(MaxTest = 1000)]
    public bool Any_mix_of_constructs_round_trips(NonNegativeInt seed)
    {
        var text = Compose(seed.Get);
        return SquidConfig.Parse(text).ToString() == text && Concat(SquidConfig.Parse(text)) == text;
    }

    /// <summary>The parser sizes its node array from the line count, so the count must be exact: the nodes' physical
    /// lines add up to it, and so do the lines the splitter finds.</summary>
    [Property(MaxTest = 500)]
    public bool Line_count_is_the_physical_lines_of_the_nodes(NonNegativeInt seed)
    {
        var text = Compose(seed.Get);
        var count = ProxyConnect.Squid.Syntax.LineScanner.Count(text);
        return count == SquidConfig.Parse(text).Nodes.Sum(n => n.PhysicalLineCount)
            && count == ProxyConnect.Squid.Syntax.LineScanner.Split(text).Count;
    }

    [Property(MaxTest = 300)]
    public bool Any_string_round_trips(string? text)
    {
        text ??= string.Empty;
        var config = SquidConfig.Parse(text);
        return config.ToString() == text && Concat(config) == text;
    }

    [Property(MaxTest = 100)]
    public bool Any_bytes_survive_load_and_save(byte[]? bytes)
    {
        bytes ??= Array.Empty<byte>();
        var path = Path.Combine(Path.GetTempPath(), "pxc-prop-" + Guid.NewGuid().ToString("N"));
        var copy = path + ".out";
        try
        {
            File.WriteAllBytes(path, bytes);
            SquidConfig.Load(path).Save(copy);
            return File.ReadAllBytes(copy).AsSpan().SequenceEqual(bytes);
        }
        finally
        {
            File.Delete(path);
            File.Delete(copy);
        }
    }

    [Property(MaxTest = 200)]
    public bool Every_token_position_points_at_its_text(NonNegativeInt seed)
    {
        var config = SquidConfig.Parse(Compose(seed.Get));
        var lines = SplitLines(config.ToString());
        var line = 0;
        foreach (var node in config.Nodes)
        {
            if (node is ProxyConnect.Squid.Syntax.DirectiveLine directive)
            {
                foreach (var token in directive.Arguments.Prepend(directive.NameToken!).Where(t => t != null))
                {
                    var physical = lines[line + token.LineOffset];
                    if (token.Column < 1 || token.Column > physical.Length || physical[token.Column - 1] != token.Text[0])
                    {
                        return false;
                    }
                }
            }

            line += node.PhysicalLineCount;
        }

        return true;
    }

    private static string Compose(int seed)
    {
        var random = new Random(seed);
        var builder = new StringBuilder();
        var count = random.Next(0, 40);
        for (var i = 0; i < count; i++)
        {
            builder.Append(Fragments[random.Next(Fragments.Length)]);
            if (random.Next(3) == 0)
            {
                builder.Append(random.Next(2) == 0 ? ' ' : '\n');
            }
        }

        return builder.ToString();
    }

    private static string Concat(SquidConfig config) => string.Concat(config.Nodes.Select(n => n.Text));

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text.Substring(start, i - start));
                start = i + 1;
            }
        }

        lines.Add(text.Substring(start));
        return lines;
    }
}
