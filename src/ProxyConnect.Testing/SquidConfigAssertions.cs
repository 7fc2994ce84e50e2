using System;
using System.Linq;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using ProxyConnect.Analysis;
using ProxyConnect.Sensors;
using ProxyConnect.Squid;
using ProxyConnect.Values;

namespace ProxyConnect.Testing;

/// <summary>Assertions on a <see cref="SquidConfig"/>: lint, <c>http_access</c> answers and sensors. Every assertion
/// is evaluated when it is called, takes the usual FluentAssertions <c>because</c>/<c>becauseArgs</c> and honours an
/// enclosing <see cref="AssertionScope"/>. They work on the document alone: <c>include</c> lines are not followed.</summary>
public sealed class SquidConfigAssertions : ReferenceTypeAssertions<SquidConfig?, SquidConfigAssertions>
{
    /// <summary>Creates the assertions; use <see cref="SquidConfigAssertionExtensions.Should(SquidConfig)"/>.</summary>
    /// <param name="subject">The config under test.</param>
    public SquidConfigAssertions(SquidConfig? subject)
        : base(subject)
    {
    }

    /// <summary>"config", used when the caller's expression cannot be read.</summary>
    protected override string Identifier => "config";

    /// <summary>Asserts that lint finds no error (a problem that makes Squid refuse the config or drop a line);
    /// warnings are allowed. The failure message lists every error in the MSBuild form
    /// <c>path(line,col): error PXC1nnn: message</c>.</summary>
    /// <param name="because">Why the assertion is needed, with optional <c>{0}</c> placeholders.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain more assertions on the same config.</returns>
    [CustomAssertion]
    public AndConstraint<SquidConfigAssertions> HaveNoLintErrors(string because = "", params object[] becauseArgs) =>
        HaveNoFindings(Severity.Error, "lint errors", because, becauseArgs);

    /// <summary>Asserts that lint finds nothing at all, neither errors nor warnings. The failure message lists every
    /// finding in the MSBuild form.</summary>
    /// <param name="because">Why the assertion is needed, with optional <c>{0}</c> placeholders.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain more assertions on the same config.</returns>
    [CustomAssertion]
    public AndConstraint<SquidConfigAssertions> HaveNoLintFindings(string because = "", params object[] becauseArgs) =>
        HaveNoFindings(Severity.Warning, "lint findings", because, becauseArgs);

    /// <summary>Asserts that Squid's <c>http_access</c> rules allow <paramref name="request"/>. An indeterminate
    /// answer fails too. The failure message gives the deciding rule with its file and line (or says the answer was
    /// implicit, or why it is indeterminate) and every rule tried.</summary>
    /// <param name="request">The request, e.g. <c>new AccessRequest("10.1.0.5")</c> (CONNECT to port 443).</param>
    /// <param name="because">Why the assertion is needed, with optional <c>{0}</c> placeholders.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the <see cref="AccessDecision"/> (<see langword="null"/> when the
    /// assertion failed inside an <see cref="AssertionScope"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    [CustomAssertion]
    public AndWhichConstraint<SquidConfigAssertions, AccessDecision> Allow(AccessRequest request, string because = "", params object[] becauseArgs) =>
        Answer(request, AccessVerdict.Allowed, "allow", because, becauseArgs);

    /// <summary>Asserts that Squid's <c>http_access</c> rules deny <paramref name="request"/> (a request that Squid
    /// answers with 407 until it authenticates counts as denied). An indeterminate answer fails. The failure message
    /// gives the deciding rule with its file and line (or says the answer was implicit) and every rule tried.</summary>
    /// <param name="request">The request, e.g. <c>new AccessRequest("192.0.2.7")</c> (CONNECT to port 443).</param>
    /// <param name="because">Why the assertion is needed, with optional <c>{0}</c> placeholders.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the <see cref="AccessDecision"/> (<see langword="null"/> when the
    /// assertion failed inside an <see cref="AssertionScope"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    [CustomAssertion]
    public AndWhichConstraint<SquidConfigAssertions, AccessDecision> Deny(AccessRequest request, string because = "", params object[] becauseArgs) =>
        Answer(request, AccessVerdict.Denied, "deny", because, becauseArgs);

    /// <summary>Asserts that the config lets a sensor through: an <c>acl NAME src …</c> that an
    /// <c>http_access allow NAME</c> rule names alone (see <see cref="SquidConfig.Sensors"/>). The name is compared
    /// as Squid does, ignoring case. The failure message lists the sensors there are.</summary>
    /// <param name="name">The sensor's ACL name.</param>
    /// <param name="because">Why the assertion is needed, with optional <c>{0}</c> placeholders.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to check the sensor's addresses (<see cref="SensorConstraint.WithAddress"/>); its
    /// <c>Which</c> is the <see cref="Sensor"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    [CustomAssertion]
    public SensorConstraint ContainSensor(string name, string because = "", params object[] becauseArgs)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        var expectation = $"to contain sensor \"{name}\"";
        if (!NotNull(expectation, because, becauseArgs))
        {
            return new SensorConstraint(this, null);
        }

        var sensors = Subject!.Sensors;
        var sensor = sensors.FirstOrDefault(s => AclName.Comparer.Equals(s.Name, name));
        if (sensor is null)
        {
            var present = sensors.Count == 0
                ? "it has no sensors (no \"acl NAME src …\" that an \"http_access allow NAME\" rule names alone)."
                : $"it has {Describe.Count(sensors.Count, "other sensor")}:{Describe.Sensors(sensors)}";
            Describe.ConfigFailure(expectation, present, because, becauseArgs);
        }

        return new SensorConstraint(this, sensor);
    }

    /// <summary>Asserts that the config does not let a sensor of this name through.</summary>
    /// <param name="name">The sensor's ACL name (case-insensitive).</param>
    /// <param name="because">Why the assertion is needed, with optional <c>{0}</c> placeholders.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain more assertions on the same config.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    [CustomAssertion]
    public AndConstraint<SquidConfigAssertions> NotContainSensor(string name, string because = "", params object[] becauseArgs)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        var expectation = $"not to contain sensor \"{name}\"";
        if (NotNull(expectation, because, becauseArgs))
        {
            var sensor = Subject!.Sensors.FirstOrDefault(s => AclName.Comparer.Equals(s.Name, name));
            if (sensor is not null)
            {
                Describe.ConfigFailure(expectation, $"it has it:{Describe.Sensors(new[] { sensor })}", because, becauseArgs);
            }
        }

        return new AndConstraint<SquidConfigAssertions>(this);
    }

    private AndConstraint<SquidConfigAssertions> HaveNoFindings(Severity atLeast, string what, string because, object[] becauseArgs)
    {
        var expectation = $"to have no {what}";
        if (NotNull(expectation, because, becauseArgs))
        {
            var findings = Subject!.Lint().Where(f => f.Severity >= atLeast).ToList();
            if (findings.Count > 0)
            {
                var errors = findings.Count(f => f.Severity == Severity.Error);
                var warnings = findings.Count - errors;
                var counts = errors > 0 && warnings > 0
                    ? $"{Describe.Count(errors, "error")} and {Describe.Count(warnings, "warning")}"
                    : errors > 0 ? Describe.Count(errors, "error") : Describe.Count(warnings, "warning");
                var list = string.Concat(findings.Select(f => "\n  " + f));
                Describe.ConfigFailure(expectation, $"found {counts}:{list}", because, becauseArgs);
            }
        }

        return new AndConstraint<SquidConfigAssertions>(this);
    }

    private AndWhichConstraint<SquidConfigAssertions, AccessDecision> Answer(AccessRequest request, AccessVerdict expected, string verb, string because, object[] becauseArgs)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        var expectation = $"to {verb} {Describe.Request(request)}";
        if (!NotNull(expectation, because, becauseArgs))
        {
            return new AndWhichConstraint<SquidConfigAssertions, AccessDecision>(this, (AccessDecision)null!);
        }

        var decision = Subject!.Evaluate(request);
        if (decision.Verdict != expected)
        {
            Describe.ConfigFailure(expectation, Describe.Outcome(decision), because, becauseArgs);
            return new AndWhichConstraint<SquidConfigAssertions, AccessDecision>(this, (AccessDecision)null!);
        }

        return new AndWhichConstraint<SquidConfigAssertions, AccessDecision>(this, decision);
    }

    /// <summary>Fails (and returns <see langword="false"/>) when there is no config to assert on.</summary>
    private bool NotNull(string expectation, string because, object[] becauseArgs)
    {
        if (Subject is not null)
        {
            return true;
        }

        Describe.ConfigFailure(expectation, "found <null>.", because, becauseArgs);
        return false;
    }
}
