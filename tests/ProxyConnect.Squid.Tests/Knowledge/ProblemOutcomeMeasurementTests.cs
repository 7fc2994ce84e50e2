using ProxyConnect.Squid.Knowledge;
using ProxyConnect.Squid.Tests.Harness;
using Xunit.Abstractions;

namespace ProxyConnect.Squid.Tests.Knowledge;

/// <summary>Measures again, on each installed Squid, every outcome written by hand in <c>Knowledge/Measured/ProblemOutcomes.cs</c>:
/// one config per <see cref="SquidProblem"/>; non-zero exit or a FATAL line is fatal, an ERROR or WARNING line a warning.</summary>
public class ProblemOutcomeMeasurementTests(ITestOutputHelper output)
{
    /// <summary>A config that has exactly one problem of each kind.</summary>
    private static readonly IReadOnlyDictionary<SquidProblem, string> Configs = new Dictionary<SquidProblem, string>
    {
        [SquidProblem.UnknownDirective] = "pxc_no_such_directive on",
        [SquidProblem.OverlappingDstdomain] = "acl d dstdomain www.example.com .example.com",
        [SquidProblem.DstdomainCoveredByEarlierValue] = "acl d dstdomain .example.com www.example.com",
        [SquidProblem.OverlappingAddresses] = "acl s src 10.0.0.0/8 10.1.0.0/16",
        [SquidProblem.AccelOptionWithoutAccel] = "http_port 3129 vhost",
        [SquidProblem.MissingFeature] = "sslcrtd_program /usr/lib/squid/security_file_certgen",
        [SquidProblem.ObsoleteDirective] = "dns_testnames example.com",
        [SquidProblem.UnknownAclType] = "acl x pxc_no_such_type x",
        [SquidProblem.UnsupportedAclOption] = "acl d dstdomain -i .example.com",
        [SquidProblem.UnknownPortOption] = "http_port 3129 pxc-no-such-option",
        [SquidProblem.ProxyAuthWithoutAuthScheme] = "acl a proxy_auth REQUIRED",
        [SquidProblem.InvalidRegex] = "acl r url_regex *",
        [SquidProblem.AclKeyChanged] = "acl h req_header X-1 a\nacl h req_header X-2 b",
    };

    /// <summary>Every problem kind has a config here.</summary>
    [Fact]
    public void Every_problem_has_a_measuring_config() =>
        Configs.Keys.Should().BeEquivalentTo(Enum.GetValues<SquidProblem>());

    /// <summary>The table's outcome of every problem is what this Squid does.</summary>
    /// <param name="major">The Squid major.</param>
    [SkippableTheory]
    [MemberData(nameof(SquidVersions.Majors), MemberType = typeof(SquidVersions))]
    public void Outcomes_match_the_binary(int major)
    {
        var squid = SquidVersions.Require(major);
        var knowledge = SquidKnowledge.For(SquidTarget.Known[major - SquidTarget.OldestMajor]);
        knowledge.Directive("dns_testnames")?.IsObsolete.Should().BeTrue("the obsolete probe must be obsolete in every table");
        knowledge.Directive("sslcrtd_program")?.Feature.Should().Be(SquidFeature.OpenSsl, "the missing-feature probe needs a feature the GnuTLS build lacks");

        var problems = new List<string>();
        foreach (var (problem, config) in Configs)
        {
            var result = squid.Parse("http_port 3128\n" + config + "\n");
            var measured = result.ExitCode != 0 || result.Fatals.Count > 0 ? ProblemOutcome.Fatal
                : result.Errors.Count + result.Warnings.Count > 0 ? ProblemOutcome.Warning
                : ProblemOutcome.Ignored;
            output.WriteLine($"{problem}: {measured} ({result})");
            if (measured != knowledge.Outcome(problem))
            {
                problems.Add($"{problem}: table says {knowledge.Outcome(problem)}, {squid} does {measured}:{Environment.NewLine}{result.Output}");
            }
        }

        problems.Should().BeEmpty();
    }
}
