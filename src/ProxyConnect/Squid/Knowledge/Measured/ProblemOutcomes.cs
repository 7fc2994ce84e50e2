namespace ProxyConnect.Squid.Knowledge;

/// <summary>
/// What each major version does with each <see cref="SquidProblem"/>: the one fact the sources do not state in a form
/// a script can read (it depends on which code path calls <c>self_destruct()</c> and on the exit status of
/// <c>-k parse</c>). Measured with <c>squid -k parse</c> of a one-problem config on Debian's 4.13, 5.7, 6.13 and 7.7:
/// exit status non-zero or a FATAL line is <see cref="ProblemOutcome.Fatal"/>; exit 0 with an ERROR or WARNING line
/// is <see cref="ProblemOutcome.Warning"/>. <c>ProblemOutcomeMeasurementTests</c> (ProxyConnect.Squid.Tests) measures
/// every cell again on the installed binaries.
/// </summary>
internal static class ProblemOutcomes
{
    /// <summary>The outcomes of <paramref name="major"/> (4 to 7), indexed by <see cref="SquidProblem"/>; a problem
    /// not listed is <see cref="ProblemOutcome.Fatal"/>. An array rather than a dictionary keyed by the enum: that
    /// generic instantiation over a value type is JIT-compiled in every build-time analyzer process.</summary>
    public static ProblemOutcome[] ForMajor(int major)
    {
        var outcomes = new ProblemOutcome[Count];
        for (var i = 0; i < outcomes.Length; i++)
        {
            outcomes[i] = ProblemOutcome.Fatal;
        }

        // "unrecognized: 'x'" (4 to 6) or "ERROR: unrecognized directive" (7); exit 1 in all four.
        outcomes[(int)SquidProblem.UnknownDirective] = ProblemOutcome.Fatal;
        // "ERROR: You need to remove 'www.example.com'" and exit 1 up to 6; 7 prints "WARNING: Ignoring earlier …".
        outcomes[(int)SquidProblem.OverlappingDstdomain] = major >= 7 ? ProblemOutcome.Warning : ProblemOutcome.Fatal;
        // "WARNING: … is a subdomain of …" (4 to 6), "WARNING: Ignoring … already covered" (7); exit 0.
        outcomes[(int)SquidProblem.DstdomainCoveredByEarlierValue] = ProblemOutcome.Warning;
        // "WARNING: (A) '10.1.0.0/16' is a subnetwork of (B)" (4 to 6), "WARNING: Ignoring …" (7); exit 0.
        outcomes[(int)SquidProblem.OverlappingAddresses] = ProblemOutcome.Warning;
        // The mildest case, vhost without accel ("WARNING: … vhost option is deprecated"); per option in PortOptionFact.WithoutAccel.
        outcomes[(int)SquidProblem.AccelOptionWithoutAccel] = ProblemOutcome.Warning;
        // "ERROR: 'sslcrtd_program' requires --enable-ssl-crtd", exit 0 in all four.
        outcomes[(int)SquidProblem.MissingFeature] = ProblemOutcome.Warning;
        // "ERROR: Directive 'dns_testnames' is obsolete.", exit 0 in all four.
        outcomes[(int)SquidProblem.ObsoleteDirective] = ProblemOutcome.Warning;
        // "Invalid ACL type" (4, 5) or "invalid ACL type" (6, 7) then "FATAL: Bungled".
        outcomes[(int)SquidProblem.UnknownAclType] = ProblemOutcome.Fatal;
        // "unsupported ACL option: -i" then "FATAL: Bungled".
        outcomes[(int)SquidProblem.UnsupportedAclOption] = ProblemOutcome.Fatal;
        // "FATAL: Unknown http_port option 'ssl-bump'." on a GnuTLS build.
        outcomes[(int)SquidProblem.UnknownPortOption] = ProblemOutcome.Fatal;
        // "FATAL: ERROR: Invalid ACL: acl a proxy_auth REQUIRED" (6 and 7 first say no scheme is configured).
        outcomes[(int)SquidProblem.ProxyAuthWithoutAuthScheme] = ProblemOutcome.Fatal;
        // "ERROR: configuration failure: POSIX regcomp(3) failure" then "FATAL: Bungled" in 6 and 7; 4 and 5 print
        // the ERROR, drop the value and exit 0 (testconfs/bad-regex.conf).
        outcomes[(int)SquidProblem.InvalidRegex] = major >= 6 ? ProblemOutcome.Fatal : ProblemOutcome.Warning;
        // "ERROR: … Attempt to change the value of the header-name argument" then "FATAL: Bungled" in 6 and 7; 4 and 5
        // exit 0 (testconfs/note-key-change.conf, req-header-key-change.conf).
        outcomes[(int)SquidProblem.AclKeyChanged] = major >= 6 ? ProblemOutcome.Fatal : ProblemOutcome.Warning;
        return outcomes;
    }

    /// <summary>How many problems there are (the enum runs from 0 without gaps).</summary>
    private const int Count = (int)SquidProblem.AclKeyChanged + 1;
}
