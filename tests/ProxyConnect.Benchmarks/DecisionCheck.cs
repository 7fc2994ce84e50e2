using ProxyConnect.Analysis;

namespace ProxyConnect.Benchmarks;

/// <summary>Set-up check shared by the evaluation benchmarks: a benchmark of a wrong answer measures nothing.</summary>
internal static class DecisionCheck
{
    public static void Expect(AccessDecision decision, AccessVerdict verdict)
    {
        if (decision.Verdict != verdict)
        {
            throw new InvalidOperationException($"expected {verdict}, got {decision.Verdict}: {decision.Reason}");
        }
    }
}
