using FsCheck.Xunit;
using ProxyConnect.Analysis;
using ProxyConnect.Analysis.Evaluation;
using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;
using ProxyConnect.Tests.Shared;

namespace ProxyConnect.Tests.Analysis;

/// <summary>The walk answers source, port and method ACLs inline from flat arrays; every inline answer, with the
/// assumptions it notes, must be the one the ACL's own match gives.</summary>
public class InlineSlotProperties
{
    private static readonly string[] Methods = { "CONNECT", "GET", "POST", "PUT", "connect", "HEAD", "PURGE", "OPTIONS", "DELETE" };

    [Property(MaxTest = 100)]
    public bool Inline_answers_are_the_general_ones(FsCheck.NonNegativeInt seed)
    {
        var random = new Random(seed.Get);
        var lines = new List<string>();
        var names = new List<string> { "all", "localhost", "CONNECT", "to_localhost", "manager" };
        for (var i = 0; i < random.Next(3, 12); i++)
        {
            var name = $"a{i}";
            lines.Add(random.Next(4) switch
            {
                0 => $"acl {name} src {Source(random)}" + (random.Next(3) == 0 ? " " + Source(random) : string.Empty),
                1 => $"acl {name} port {Port(random)}" + (random.Next(2) == 0 ? " " + Port(random) : string.Empty),
                2 => $"acl {name} method " + string.Join(" ", Enumerable.Range(0, random.Next(1, 11)).Select(_ => Methods[random.Next(Methods.Length)])),
                _ => $"acl {name} dst {Source(random)}",
            });
            names.Add(name);
        }

        if (random.Next(2) == 0)
        {
            // Written out, a predefined ACL no longer depends on the version.
            lines.Add("acl CONNECT method CONNECT");
        }

        foreach (var name in names)
        {
            lines.Add($"http_access {(random.Next(2) == 0 ? "allow" : "deny")} {(random.Next(3) == 0 ? "!" : string.Empty)}{name}");
        }

        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, string.Join("\n", lines) + "\n");
            foreach (var (rules, given) in new[] { (SquidConfig.CompileFile(path), false), (SquidConfig.CompileFile(path, SquidTarget.Known[random.Next(4)]), true) })
            {
                if (!SameAnswers(rules, given, random))
                {
                    return false;
                }
            }
        }
        finally
        {
            File.Delete(path);
        }

        return true;
    }

    [Fact]
    public void The_stock_rules_before_the_sensors_are_inline()
    {
        var rules = SquidConfig.CompileFile(RepoPaths.StockDebianConfig, SquidTarget.Squid5);
        var flat = rules.Flat;
        var inline = Enumerable.Range(1, flat.Acls.Length - 1).Where(id => flat.Slots[id].IsInline).Select(id => flat.Acls[id]!.Name).ToHashSet();

        Assert.Superset(new HashSet<string> { "Safe_ports", "SSL_ports", "CONNECT", "localhost", "all" }, inline);
    }

    private static bool SameAnswers(CompiledAccessRules rules, bool given, Random random)
    {
        var flat = rules.Flat;
        for (var k = 0; k < 20; k++)
        {
            var request = new AccessRequest($"10.0.{random.Next(3)}.{random.Next(256)}", Methods[random.Next(Methods.Length)], random.Next(2) == 0 ? 443 : random.Next(1, 65536));
            for (var id = 1; id < flat.Acls.Length; id++)
            {
                var slot = flat.Slots[id];
                if (!slot.IsInline)
                {
                    continue;
                }

                var inlineContext = new MatchContext(rules.Target.Major, given);
                var generalContext = new MatchContext(rules.Target.Major, given);
                var inlineAnswer = flat.MatchInline(slot, request, ref inlineContext);
                var generalAnswer = flat.Acls[id]!.Match(request, ref generalContext, out _);
                if (inlineAnswer != generalAnswer || inlineContext.Assumptions != generalContext.Assumptions)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static string Source(Random random) => random.Next(6) switch
    {
        0 => "all",
        1 => $"10.0.{random.Next(3)}.0/{random.Next(22, 33)}",
        2 => $"10.0.{random.Next(3)}.{random.Next(128)}-10.0.{random.Next(3)}.{random.Next(128, 256)}",
        3 => "ipv4",
        4 => "localhost.example",
        _ => $"10.0.{random.Next(3)}.{random.Next(256)}",
    };

    private static string Port(Random random) => random.Next(3) switch
    {
        0 => "443",
        1 => $"{random.Next(1, 1000)}-{random.Next(1, 70000)}",
        _ => random.Next(0, 66000).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
