using System.Net;
using ProxyConnect.Analysis;
using ProxyConnect.Squid.Knowledge;
using ProxyConnect.Squid.Tests.Harness;
using Xunit.Abstractions;

namespace ProxyConnect.Squid.Tests;

/// <summary>
/// The DNS point of the evaluator against a live Squid: <c>dst</c> rules decided on a destination host name. Squid
/// resolves the name through a <c>hosts_file</c> the test writes (read at start-up into its IP cache, so no DNS server
/// is asked and the answer is deterministic); the evaluator is given a resolver that reads the same mapping. For
/// CONNECT to that name both must give the same verdict, and the evaluator may not answer Indeterminate.
/// </summary>
/// <remarks>The name is under <c>.test</c> (RFC 6761), mapped to 127.0.0.1 where the target listens, so an allowed
/// CONNECT is a 200 tunnel and a denied one a 403. Without the resolver the evaluator assumes a public address
/// (issue 16); the first config is one where that assumption gives the other answer, which shows that the resolved
/// addresses, not the assumption, decided.</remarks>
public class EvaluatorHostsFileDifferentialTests(ITestOutputHelper output)
{
    private const string CloudName = "sensorcloud.test";
    private const string HostsFileName = "hosts";
    private static readonly string HostsText = $"127.0.0.1 {CloudName}\n";
    private static readonly string[] Sources = ["127.0.0.2", "127.0.0.3"];

    private static string Lines(params string[] lines) => string.Join('\n', lines) + "\n";

    /// <summary>Configs whose <c>dst</c> ACLs decide on the resolved name (the hosts_file line is added to each).</summary>
    private static IReadOnlyList<(string Name, string Text)> Cases() =>
    [
        ("dst holds the name's address, with a sensor", Lines("acl cloud dst 127.0.0.1/32", "acl s src 127.0.0.2", "http_access allow s cloud", "http_access deny all")),
        ("dst negated", Lines("acl cloud dst 127.0.0.1", "acl s src 127.0.0.3", "http_access deny !cloud", "http_access deny s", "http_access allow all")),
        ("dst elsewhere does not hold the name's address", Lines("acl far dst 10.0.0.0/8 192.0.2.7", "http_access deny far", "http_access allow all")),
        ("predefined to_localhost denies the name", Lines("acl s src 127.0.0.2", "http_access deny to_localhost", "http_access allow s", "http_access deny all")),
    ];

    /// <summary>For each config and source: Squid's answer to CONNECT sensorcloud.test:PORT equals the evaluator's
    /// with the hosts-file resolver.</summary>
    /// <param name="major">The Squid major.</param>
    [SkippableTheory]
    [MemberData(nameof(SquidVersions.Majors), MemberType = typeof(SquidVersions))]
    public async Task Dst_on_a_host_name_agrees_with_live_squid(int major)
    {
        var install = SquidVersions.Require(major);
        var target = SquidTarget.Known[major - SquidTarget.OldestMajor];
        var resolver = new HostsTextResolver(HostsText);
        await using var server = LoopbackTarget.StartHttp("cloud");
        var failures = new List<string>();
        var differsWhenAssumedPublic = 0;
        var compared = 0;
        foreach (var (name, rules) in Cases())
        {
            // Relative to the instance folder, which is Squid's working directory.
            var text = $"hosts_file {HostsFileName}\n" + rules;
            var config = SquidConfig.Parse(text);
            await using var squid = await install.StartAsync(text, new Dictionary<string, string> { [HostsFileName] = HostsText });
            foreach (var source in Sources)
            {
                var request = new AccessRequest(source, "CONNECT", server.Port, CloudName);
                var decision = config.Evaluate(request.ResolveDestination(resolver), target);
                var assumedPublic = config.Evaluate(request, target);
                await using var tunnel = await new SourceBoundClient(source, squid.Port).ConnectAsync(CloudName, server.Port);
                var observed = tunnel.StatusCode switch
                {
                    200 => AccessVerdict.Allowed,
                    403 => AccessVerdict.Denied,
                    _ => (AccessVerdict?)null,
                };
                var describe = $"[{install}] [{name}] CONNECT {CloudName}:{server.Port} from {source}: Squid '{tunnel.StatusLine}', " +
                               $"evaluator {decision.Verdict}{(decision.Reason is { } reason ? $" ({reason})" : string.Empty)}; " +
                               $"assumptions: {string.Join("; ", decision.Assumptions)}";
                output.WriteLine(describe + $"; without the resolver: {assumedPublic.Verdict}");
                compared++;
                differsWhenAssumedPublic += assumedPublic.Verdict != decision.Verdict ? 1 : 0;
                if (observed is null || decision.Verdict != observed)
                {
                    failures.Add(describe + Environment.NewLine + "config:" + Environment.NewLine + text);
                }
            }
        }

        output.WriteLine($"{install}: {compared} CONNECTs to a hosts_file name compared; {differsWhenAssumedPublic} of them would differ if the name were assumed public");
        failures.Should().BeEmpty($"{failures.Count} disagreements between Squid and the evaluator:{Environment.NewLine}{string.Join(Environment.NewLine + Environment.NewLine, failures)}");
        differsWhenAssumedPublic.Should().BeGreaterThan(0, "at least one config must depend on the resolved address, or the resolver decided nothing");
    }

    /// <summary>Resolves names from hosts-file text (<c>ADDRESS NAME...</c> per line, <c>#</c> comments), as Squid's
    /// <c>hosts_file</c> maps them.</summary>
    private sealed class HostsTextResolver(string text) : IHostResolver
    {
        public IReadOnlyList<IPAddress> Resolve(string hostName)
        {
            var found = new List<IPAddress>();
            foreach (var line in text.Split('\n'))
            {
                var fields = line.Split('#')[0].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length >= 2 && IPAddress.TryParse(fields[0], out var address) &&
                    fields.Skip(1).Any(n => string.Equals(n, hostName, StringComparison.OrdinalIgnoreCase)))
                {
                    found.Add(address);
                }
            }

            return found;
        }
    }
}
