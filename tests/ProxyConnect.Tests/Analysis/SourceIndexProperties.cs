using FsCheck.Xunit;
using ProxyConnect.Analysis;
using ProxyConnect.Squid;

namespace ProxyConnect.Tests.Analysis;

/// <summary>The sensor index answers like the rule-by-rule walk that records the trace.</summary>
public class SourceIndexProperties
{
    [Property(MaxTest = 200)]
    public bool Indexed_runs_decide_like_the_walk(FsCheck.NonNegativeInt seed)
    {
        var random = new Random(seed.Get);
        var lines = new List<string> { "acl SSL_ports port 443", "http_access deny CONNECT !SSL_ports" };
        var rules = random.Next(16, 60);
        for (var i = 0; i < rules; i++)
        {
            var prefix = random.Next(24, 33);
            lines.Add($"acl s{i} src 10.0.{random.Next(4)}.{random.Next(256)}/{prefix}" + (random.Next(4) == 0 ? $" 10.0.{random.Next(4)}.{random.Next(256)}" : string.Empty));
            lines.Add($"http_access {(random.Next(3) == 0 ? "deny" : "allow")} s{i}");
        }

        if (random.Next(2) == 0)
        {
            lines.Add("http_access deny all");
        }

        var config = SquidConfig.Parse(string.Join("\n", lines) + "\n");
        for (var k = 0; k < 30; k++)
        {
            var request = new AccessRequest($"10.0.{random.Next(5)}.{random.Next(256)}");
            var decision = config.Evaluate(request);
            var last = decision.Trace[^1];
            var walked = last.Outcome == AccessRuleOutcome.Matched ? last.Rule : null;
            if (!Equals(decision.DecidingRule, walked) || decision.Trace.Count != decision.Trace.Count(t => t.Rule is not null))
            {
                return false;
            }
        }

        return true;
    }
}
