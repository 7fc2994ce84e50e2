using System;
using System.Globalization;
using System.Text;

namespace ProxyConnect.Analysis.Evaluation.Patterns;

/// <summary>
/// Writes a parsed POSIX ERE as a .NET pattern with the same matches on strings of chars 0–255. Nothing of the
/// original text reaches the output: every byte becomes <c>\xHH</c> or a class of them, every group is
/// non-capturing, every repetition wraps its operand (so POSIX <c>a+?</c>, "optionally one or more", never becomes
/// .NET's lazy <c>+?</c>), <c>$</c> becomes <c>\z</c> (.NET's <c>$</c> also matches before a final newline), and
/// GNU word assertions use glibc's ASCII word bytes instead of .NET's Unicode ones.
/// </summary>
internal static class EreToDotNet
{
    private static readonly string WordClass = EreParser.WordBytes.ToDotNetClass();

    public static string Write(EreNode node)
    {
        var text = new StringBuilder();
        Write(node, text);
        return text.ToString();
    }

    private static void Write(EreNode node, StringBuilder text)
    {
        switch (node)
        {
            case EreSet set:
                WriteSet(set.Bytes, text);
                break;
            case EreConcat concat:
                foreach (var item in concat.Items)
                {
                    Write(item, text);
                }

                break;
            case EreAlternation alternation:
                text.Append("(?:");
                for (var i = 0; i < alternation.Choices.Count; i++)
                {
                    if (i > 0)
                    {
                        text.Append('|');
                    }

                    Write(alternation.Choices[i], text);
                }

                text.Append(')');
                break;
            case EreRepeat repeat:
                text.Append("(?:");
                Write(repeat.Item, text);
                text.Append(')');
                text.Append(repeat switch
                {
                    { Min: 0, Max: null } => "*",
                    { Min: 1, Max: null } => "+",
                    { Min: 0, Max: 1 } => "?",
                    { Max: null } => "{" + repeat.Min.ToString(CultureInfo.InvariantCulture) + ",}",
                    _ when repeat.Max == repeat.Min => "{" + repeat.Min.ToString(CultureInfo.InvariantCulture) + "}",
                    _ => "{" + repeat.Min.ToString(CultureInfo.InvariantCulture) + "," + repeat.Max!.Value.ToString(CultureInfo.InvariantCulture) + "}",
                });
                break;
            case EreEmpty:
                text.Append("(?:)");
                break;
            case EreAssertion assertion:
                text.Append(assertion.Kind switch
                {
                    EreAssertionKind.Start => @"\A",
                    EreAssertionKind.End => @"\z",
                    EreAssertionKind.WordBoundary => $"(?:(?<={WordClass})(?!{WordClass})|(?<!{WordClass})(?={WordClass}))",
                    EreAssertionKind.NotWordBoundary => $"(?:(?<={WordClass})(?={WordClass})|(?<!{WordClass})(?!{WordClass}))",
                    EreAssertionKind.WordStart => $"(?<!{WordClass})(?={WordClass})",
                    _ => $"(?<={WordClass})(?!{WordClass})",
                });
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(node), node, "unknown node");
        }
    }

    private static void WriteSet(ByteSet set, StringBuilder text)
    {
        var single = -1;
        for (var b = 0; b < 256; b++)
        {
            if (!set.Contains(b))
            {
                continue;
            }

            if (single >= 0)
            {
                text.Append(set.ToDotNetClass());
                return;
            }

            single = b;
        }

        if (single < 0)
        {
            text.Append(set.ToDotNetClass());
            return;
        }

        text.Append("\\x").Append(single.ToString("X2", CultureInfo.InvariantCulture));
    }

    /// <summary>Whether the pattern uses lookarounds (the GNU word assertions), which .NET's non-backtracking engine lacks.</summary>
    public static bool NeedsBacktracking(EreNode node) => node switch
    {
        EreAssertion { Kind: not (EreAssertionKind.Start or EreAssertionKind.End) } => true,
        EreConcat c => Any(c.Items),
        EreAlternation a => Any(a.Choices),
        EreRepeat r => NeedsBacktracking(r.Item),
        _ => false,
    };

    private static bool Any(System.Collections.Generic.IReadOnlyList<EreNode> nodes)
    {
        foreach (var n in nodes)
        {
            if (NeedsBacktracking(n))
            {
                return true;
            }
        }

        return false;
    }
}
