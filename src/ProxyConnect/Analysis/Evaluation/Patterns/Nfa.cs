using System;
using System.Collections.Generic;

namespace ProxyConnect.Analysis.Evaluation.Patterns;

/// <summary>A Thompson automaton over bytes for a parsed ERE, used to answer questions about every string of a
/// family at once (see <see cref="SymbolicMatch"/>) where a .NET regex can only test one string.</summary>
internal sealed class Nfa
{
    /// <summary>More states than this: the question is left open instead of risking time and memory.</summary>
    public const int MaxStates = 4096;

    private readonly List<State> _states = new();

    private Nfa()
    {
    }

    public int Start { get; private set; }

    public int Accept { get; private set; }

    public int Count => _states.Count;

    public State this[int index] => _states[index];

    /// <summary>Builds the automaton, or returns <see langword="null"/> when it would exceed <see cref="MaxStates"/>.</summary>
    public static Nfa? Build(EreNode node)
    {
        var nfa = new Nfa();
        try
        {
            var (start, end) = nfa.Fragment(node);
            nfa.Start = start;
            nfa.Accept = nfa.Add(new State(StateKind.Accept, default, -1, -1, default));
            nfa.Link(end, nfa.Accept);
            return nfa;
        }
        catch (TooLargeException)
        {
            return null;
        }
    }

    private (int Start, int End) Fragment(EreNode node)
    {
        switch (node)
        {
            case EreSet set:
            {
                var end = Epsilon();
                return (Add(new State(StateKind.Bytes, set.Bytes, end, -1, default)), end);
            }

            case EreConcat concat:
            {
                var (start, end) = Fragment(concat.Items[0]);
                for (var i = 1; i < concat.Items.Count; i++)
                {
                    var next = Fragment(concat.Items[i]);
                    Link(end, next.Start);
                    end = next.End;
                }

                return (start, end);
            }

            case EreAlternation alternation:
            {
                var end = Epsilon();
                var start = Epsilon();
                foreach (var choice in alternation.Choices)
                {
                    var f = Fragment(choice);
                    Link(start, f.Start);
                    Link(f.End, end);
                }

                return (start, end);
            }

            case EreRepeat repeat:
                return Repeat(repeat);
            case EreAssertion assertion:
            {
                var end = Epsilon();
                return (Add(new State(StateKind.Assertion, default, end, -1, assertion.Kind)), end);
            }

            default:
            {
                var e = Epsilon();
                return (e, e);
            }
        }
    }

    private (int Start, int End) Repeat(EreRepeat repeat)
    {
        var start = Epsilon();
        var end = start;
        for (var i = 0; i < repeat.Min; i++)
        {
            var f = Fragment(repeat.Item);
            Link(end, f.Start);
            end = f.End;
        }

        if (repeat.Max is null)
        {
            var loop = Fragment(repeat.Item);
            var after = Epsilon();
            Link(end, loop.Start);
            Link(end, after);
            Link(loop.End, end);
            return (start, after);
        }

        var exit = Epsilon();
        for (var i = repeat.Min; i < repeat.Max.Value; i++)
        {
            var f = Fragment(repeat.Item);
            Link(end, exit);
            Link(end, f.Start);
            end = f.End;
        }

        Link(end, exit);
        return (start, exit);
    }

    private int Epsilon() => Add(new State(StateKind.Epsilon, default, -1, -1, default));

    private int Add(State state)
    {
        if (_states.Count >= MaxStates)
        {
            throw new TooLargeException();
        }

        _states.Add(state);
        return _states.Count - 1;
    }

    /// <summary>Adds an epsilon edge from an epsilon state (each has at most two).</summary>
    private void Link(int from, int to)
    {
        var s = _states[from];
        if (s.Kind != StateKind.Epsilon)
        {
            throw new InvalidOperationException("only epsilon states are linked after creation");
        }

        if (s.Next1 < 0)
        {
            _states[from] = s with { Next1 = to };
        }
        else if (s.Next2 < 0)
        {
            _states[from] = s with { Next2 = to };
        }
        else
        {
            var extra = Epsilon();
            _states[extra] = new State(StateKind.Epsilon, default, s.Next2, to, default);
            _states[from] = s with { Next2 = extra };
        }
    }

    internal enum StateKind
    {
        Epsilon,
        Bytes,
        Assertion,
        Accept,
    }

    internal readonly record struct State(StateKind Kind, ByteSet Bytes, int Next1, int Next2, EreAssertionKind Assertion);

    private sealed class TooLargeException : Exception
    {
    }
}
