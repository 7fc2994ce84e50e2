using ProxyConnect.Squid.Tests.Harness;

namespace ProxyConnect.Squid.Tests.Knowledge;

/// <summary>What Squid said about one probe line of a batch.</summary>
/// <param name="Line">The probe line.</param>
/// <param name="Messages">The output lines Squid printed while processing it (echo lines excluded, date prefix removed).</param>
/// <param name="Stopped">Squid stopped at this line (a FATAL or a crash), so the lines after it were parsed by another run.</param>
public sealed record ProbeOutcome(string Line, IReadOnlyList<string> Messages, bool Stopped)
{
    /// <summary>Whether any message contains <paramref name="text"/> (ordinal, case-insensitive).</summary>
    /// <param name="text">The text looked for.</param>
    public bool Says(string text) => Messages.Any(m => m.Contains(text, StringComparison.OrdinalIgnoreCase));

    /// <summary>The line and its messages, for assertion messages.</summary>
    public override string ToString() => $"'{Line}'{(Stopped ? " (stopped here)" : string.Empty)}: {string.Join(" | ", Messages)}";
}

/// <summary>
/// Checks many one-line probes with as few <c>squid -k parse</c> runs as possible. Squid echoes each directive as
/// <c>Processing: LINE</c> before it parses it, so every message belongs to the last echoed line; a line that stops
/// Squid (FATAL, or a crash: 5.7 segfaults on <c>sslproxy_cafile</c> without a value) is recorded and the next run
/// starts after it. Problems Squid reports and survives (an unrecognized directive, an obsolete name, a WARNING) cost
/// nothing, so a batch of 400 lines usually needs a handful of runs.
/// </summary>
public static class ProbeBatch
{
    private const string Echo = "Processing: ";

    /// <summary>Parses <paramref name="preamble"/> followed by the remaining probes, as often as needed.</summary>
    /// <param name="squid">The Squid to ask.</param>
    /// <param name="preamble">Lines every run starts with (definitions the probes need); they must not stop Squid.</param>
    /// <param name="probes">One directive line each.</param>
    /// <param name="runs">How many <c>-k parse</c> runs it took.</param>
    /// <returns>One outcome per probe, in order.</returns>
    public static IReadOnlyList<ProbeOutcome> Run(SquidInstall squid, IReadOnlyList<string> preamble, IReadOnlyList<string> probes, out int runs)
    {
        ArgumentNullException.ThrowIfNull(squid);
        var outcomes = new List<ProbeOutcome>(probes.Count);
        runs = 0;
        while (outcomes.Count < probes.Count)
        {
            var remaining = probes.Skip(outcomes.Count).ToList();
            var result = squid.Parse(string.Join('\n', preamble.Concat(remaining)) + "\n");
            runs++;
            var perLine = Attribute(result.Lines, preamble.Count + remaining.Count);
            var processed = perLine.Count;
            if (processed <= preamble.Count)
            {
                throw new InvalidOperationException($"the preamble stopped {squid}:{Environment.NewLine}{result.Output}");
            }

            var done = processed - preamble.Count;
            for (var i = 0; i < done; i++)
            {
                var stoppedHere = i == done - 1 && done < remaining.Count;
                outcomes.Add(new ProbeOutcome(remaining[i], perLine[preamble.Count + i], stoppedHere));
            }
        }

        return outcomes;
    }

    /// <summary>Messages grouped by the echoed line they follow; the count of groups is the count of lines Squid reached.</summary>
    private static List<List<string>> Attribute(IReadOnlyList<string> output, int expectedLines)
    {
        var groups = new List<List<string>>(expectedLines);
        foreach (var raw in output)
        {
            var message = SquidParseResult.Message(raw);
            if (message.StartsWith(Echo, StringComparison.Ordinal))
            {
                groups.Add([]);
            }
            else if (groups.Count > 0 && message.Trim().Length > 0)
            {
                groups[^1].Add(message.Trim());
            }
        }

        return groups;
    }
}
