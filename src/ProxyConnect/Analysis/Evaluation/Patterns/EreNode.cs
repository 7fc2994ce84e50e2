using System.Collections.Generic;

namespace ProxyConnect.Analysis.Evaluation.Patterns;

/// <summary>A parsed POSIX extended regular expression, as glibc's <c>regcomp(REG_EXTENDED)</c> reads it. Case
/// folding (<c>REG_ICASE</c>) is already applied to the byte sets, so no node depends on flags.</summary>
internal abstract record EreNode;

/// <summary>One byte from a set (a literal, <c>.</c>, a bracket expression, <c>\w</c>…).</summary>
internal sealed record EreSet(ByteSet Bytes) : EreNode;

/// <summary>The children one after the other.</summary>
internal sealed record EreConcat(IReadOnlyList<EreNode> Items) : EreNode;

/// <summary>Any one of the children (<c>a|b</c>).</summary>
internal sealed record EreAlternation(IReadOnlyList<EreNode> Choices) : EreNode;

/// <summary>The child repeated <see cref="Min"/> to <see cref="Max"/> times (<see langword="null"/>: no limit).</summary>
internal sealed record EreRepeat(EreNode Item, int Min, int? Max) : EreNode;

/// <summary>The empty string (<c>()</c>, an empty alternative).</summary>
internal sealed record EreEmpty : EreNode;

/// <summary>A zero-width assertion.</summary>
internal sealed record EreAssertion(EreAssertionKind Kind) : EreNode;

/// <summary>What a zero-width assertion tests.</summary>
internal enum EreAssertionKind
{
    /// <summary><c>^</c> and <c>\`</c>: the start of the string (no <c>REG_NEWLINE</c>, so never after a newline).</summary>
    Start,

    /// <summary><c>$</c> and <c>\'</c>: the end of the string.</summary>
    End,

    /// <summary>GNU <c>\b</c>.</summary>
    WordBoundary,

    /// <summary>GNU <c>\B</c>.</summary>
    NotWordBoundary,

    /// <summary>GNU <c>\&lt;</c>.</summary>
    WordStart,

    /// <summary>GNU <c>\&gt;</c>.</summary>
    WordEnd,
}
