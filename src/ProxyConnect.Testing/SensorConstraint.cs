using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using ProxyConnect.Sensors;

namespace ProxyConnect.Testing;

/// <summary>What <see cref="SquidConfigAssertions.ContainSensor"/> returns: <c>And</c> goes back to the config,
/// <c>Which</c> is the sensor found (<see langword="null"/> when the assertion failed inside an
/// <see cref="FluentAssertions.Execution.AssertionScope"/>), and <see cref="WithAddress"/> / <see cref="WithAddresses(string[])"/> check its
/// <c>src</c> values. Addresses are compared as written in the config (ordinal): <c>10.1.0.5</c> is not
/// <c>10.1.0.5/32</c>.</summary>
public sealed class SensorConstraint : AndWhichConstraint<SquidConfigAssertions, Sensor>
{
    /// <summary>Creates the constraint (<see cref="SquidConfigAssertions.ContainSensor"/> does).</summary>
    /// <param name="parent">The config's assertions.</param>
    /// <param name="sensor">The sensor found, or <see langword="null"/> when it was not.</param>
    internal SensorConstraint(SquidConfigAssertions parent, Sensor? sensor)
        : base(parent, sensor!)
    {
        Sensor = sensor;
    }

    private Sensor? Sensor { get; }

    /// <summary>Asserts that the sensor's <c>src</c> values include <paramref name="address"/> (others may be there
    /// too). Does nothing when the sensor was not found: that failure is already reported.</summary>
    /// <param name="address">An address, CIDR or range, as written in the config.</param>
    /// <param name="because">Why the assertion is needed, with optional <c>{0}</c> placeholders.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>This constraint, to check more addresses.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is <see langword="null"/>.</exception>
    [CustomAssertion]
    public SensorConstraint WithAddress(string address, string because = "", params object[] becauseArgs)
    {
        if (address is null)
        {
            throw new ArgumentNullException(nameof(address));
        }

        if (Sensor is not null && !Sensor.Addresses.Contains(address, StringComparer.Ordinal))
        {
            Describe.Failure($"sensor \"{Sensor.Name}\" to have address \"{address}\"", $"it has {Values(Sensor.Addresses)}.", because, becauseArgs);
        }

        return this;
    }

    /// <summary>Asserts that the sensor's <c>src</c> values are exactly <paramref name="addresses"/>, in any order.
    /// Does nothing when the sensor was not found: that failure is already reported.</summary>
    /// <param name="addresses">The addresses, CIDRs or ranges, as written in the config.</param>
    /// <returns>This constraint.</returns>
    [CustomAssertion]
    public SensorConstraint WithAddresses(params string[] addresses) => WithAddresses((IEnumerable<string>)addresses);

    /// <summary>Asserts that the sensor's <c>src</c> values are exactly <paramref name="addresses"/>, in any order.
    /// Does nothing when the sensor was not found: that failure is already reported.</summary>
    /// <param name="addresses">The addresses, CIDRs or ranges, as written in the config.</param>
    /// <param name="because">Why the assertion is needed, with optional <c>{0}</c> placeholders.</param>
    /// <param name="becauseArgs">Values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>This constraint.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="addresses"/> is <see langword="null"/>.</exception>
    [CustomAssertion]
    public SensorConstraint WithAddresses(IEnumerable<string> addresses, string because = "", params object[] becauseArgs)
    {
        if (addresses is null)
        {
            throw new ArgumentNullException(nameof(addresses));
        }

        var expected = addresses.ToList();
        if (Sensor is not null)
        {
            var actual = Sensor.Addresses;
            var missing = Minus(expected, actual);
            var extra = Minus(actual, expected);
            if (missing.Count > 0 || extra.Count > 0)
            {
                var details = new List<string>();
                if (missing.Count > 0)
                {
                    details.Add($"{Values(missing)} missing");
                }

                if (extra.Count > 0)
                {
                    details.Add($"{Values(extra)} not expected");
                }

                Describe.Failure(
                    $"sensor \"{Sensor.Name}\" to have exactly the addresses {Values(expected)}",
                    $"it has {Values(actual)} ({string.Join("; ", details)}).",
                    because,
                    becauseArgs);
            }
        }

        return this;
    }

    /// <summary><c>{"10.1.0.5", "10.1.0.6"}</c>, the way FluentAssertions shows a collection.</summary>
    private static string Values(IEnumerable<string> values) => "{" + string.Join(", ", values.Select(v => $"\"{v}\"")) + "}";

    /// <summary>The values of <paramref name="left"/> not in <paramref name="right"/>, counting duplicates.</summary>
    private static List<string> Minus(IEnumerable<string> left, IEnumerable<string> right)
    {
        var rest = right.ToList();
        var result = new List<string>();
        foreach (var value in left)
        {
            var i = rest.FindIndex(r => string.Equals(r, value, StringComparison.Ordinal));
            if (i >= 0)
            {
                rest.RemoveAt(i);
            }
            else
            {
                result.Add(value);
            }
        }

        return result;
    }
}
