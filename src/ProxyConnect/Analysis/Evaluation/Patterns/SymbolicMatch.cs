using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ProxyConnect.Analysis.Evaluation.Patterns;

/// <summary>Whether a regex finds a match in every string of a family, in none, or in some only.</summary>
internal enum FamilyMatch
{
    /// <summary>Every string of the family matches.</summary>
    Always,

    /// <summary>No string of the family matches.</summary>
    Never,

    /// <summary>Some match and some do not: the answer depends on the member.</summary>
    Sometimes,

    /// <summary>Not worked out (a GNU word assertion, or too many states).</summary>
    Unknown,
}

/// <summary>
/// Decides a regex search (<c>regexec</c>: a match anywhere, <c>^</c>/<c>$</c> at the string's ends) against every
/// string of a family given as a second automaton, for requests whose host is not known ("some public host"): the
/// URL is then <c>HOST:443</c> or <c>http://HOST/</c> with HOST any host name. Both automata are determinised on the
/// fly, in step, over the byte classes they distinguish.
/// </summary>
internal static class SymbolicMatch
{
    private const int MaxVisited = 20_000;

    public static FamilyMatch Decide(Nfa pattern, Nfa family)
    {
        var classes = ByteClasses(pattern, family);
        var visited = new HashSet<string>();
        var queue = new Queue<(int[] Family, int[] Kernel, bool AtStart)>();
        var familyStart = Closure(family, new[] { family.Start });
        queue.Enqueue((familyStart, new[] { pattern.Start }, true));
        var someMatch = false;
        var someMiss = false;
        while (queue.Count > 0)
        {
            if (someMatch && someMiss)
            {
                return FamilyMatch.Sometimes;
            }

            var (familySet, kernel, atStart) = queue.Dequeue();
            if (!visited.Add(Key(familySet, kernel, atStart)))
            {
                continue;
            }

            if (visited.Count > MaxVisited)
            {
                return FamilyMatch.Unknown;
            }

            var here = PatternClosure(pattern, kernel, atStart, atEnd: false);
            if (here is null)
            {
                return FamilyMatch.Unknown;
            }

            if (here.Contains(pattern.Accept))
            {
                // Matched already: whatever follows (the family's states all lead to its end) stays matched.
                someMatch = true;
                continue;
            }

            if (familySet.Contains(family.Accept))
            {
                var atEnd = PatternClosure(pattern, kernel, atStart, atEnd: true);
                if (atEnd is null)
                {
                    return FamilyMatch.Unknown;
                }

                if (atEnd.Contains(pattern.Accept))
                {
                    someMatch = true;
                }
                else
                {
                    someMiss = true;
                }
            }

            foreach (var b in classes)
            {
                var nextFamily = Step(family, familySet, b);
                if (nextFamily.Length == 0)
                {
                    continue;
                }

                var stepped = Step(pattern, here, b).ToList();
                stepped.Add(pattern.Start);
                queue.Enqueue((Closure(family, nextFamily), stepped.Distinct().OrderBy(s => s).ToArray(), false));
            }
        }

        return someMatch && someMiss ? FamilyMatch.Sometimes : someMatch ? FamilyMatch.Always : FamilyMatch.Never;
    }

    /// <summary>One representative byte per class of bytes that every byte-set state of both automata treats alike.</summary>
    private static List<int> ByteClasses(Nfa a, Nfa b)
    {
        var sets = new List<ByteSet>();
        foreach (var nfa in new[] { a, b })
        {
            for (var i = 0; i < nfa.Count; i++)
            {
                if (nfa[i].Kind == Nfa.StateKind.Bytes)
                {
                    sets.Add(nfa[i].Bytes);
                }
            }
        }

        var seen = new HashSet<string>();
        var representatives = new List<int>();
        var signature = new StringBuilder();
        for (var b0 = 1; b0 < 256; b0++)
        {
            signature.Clear();
            foreach (var s in sets)
            {
                signature.Append(s.Contains(b0) ? '1' : '0');
            }

            if (seen.Add(signature.ToString()))
            {
                representatives.Add(b0);
            }
        }

        return representatives;
    }

    private static int[] Step(Nfa nfa, IEnumerable<int> states, int b)
    {
        var next = new List<int>();
        foreach (var s in states)
        {
            var state = nfa[s];
            if (state.Kind == Nfa.StateKind.Bytes && state.Bytes.Contains(b))
            {
                next.Add(state.Next1);
            }
        }

        return next.Distinct().OrderBy(s => s).ToArray();
    }

    /// <summary>The family's closure: epsilon edges only (a family has no assertions).</summary>
    private static int[] Closure(Nfa nfa, IEnumerable<int> from)
    {
        var result = new HashSet<int>();
        var stack = new Stack<int>(from);
        while (stack.Count > 0)
        {
            var s = stack.Pop();
            if (!result.Add(s))
            {
                continue;
            }

            var state = nfa[s];
            if (state.Kind == Nfa.StateKind.Epsilon)
            {
                Push(stack, state.Next1);
                Push(stack, state.Next2);
            }
        }

        return result.OrderBy(s => s).ToArray();
    }

    /// <summary>The pattern's closure at one position; <see langword="null"/> when a word assertion is reached
    /// (it depends on the neighbouring bytes, which this search does not track).</summary>
    private static HashSet<int>? PatternClosure(Nfa nfa, IEnumerable<int> from, bool atStart, bool atEnd)
    {
        var result = new HashSet<int>();
        var stack = new Stack<int>(from);
        while (stack.Count > 0)
        {
            var s = stack.Pop();
            if (!result.Add(s))
            {
                continue;
            }

            var state = nfa[s];
            switch (state.Kind)
            {
                case Nfa.StateKind.Epsilon:
                    Push(stack, state.Next1);
                    Push(stack, state.Next2);
                    break;
                case Nfa.StateKind.Assertion:
                    switch (state.Assertion)
                    {
                        case EreAssertionKind.Start when atStart:
                        case EreAssertionKind.End when atEnd:
                            Push(stack, state.Next1);
                            break;
                        case EreAssertionKind.Start:
                        case EreAssertionKind.End:
                            break;
                        default:
                            return null;
                    }

                    break;
            }
        }

        return result;
    }

    private static void Push(Stack<int> stack, int s)
    {
        if (s >= 0)
        {
            stack.Push(s);
        }
    }

    private static string Key(int[] family, int[] kernel, bool atStart) =>
        string.Join(",", family) + "|" + string.Join(",", kernel) + (atStart ? "^" : string.Empty);
}
