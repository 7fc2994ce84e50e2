namespace ProxyConnect.Squid.Knowledge;

/// <summary>What one Squid version knows of an <c>http_port</c>/<c>https_port</c> option.</summary>
/// <param name="Name">The option word, or the key of a <c>key=value</c> option.</param>
/// <param name="TakesValue">Written <c>key=value</c>.</param>
/// <param name="NeedsAccel">Meaningful only with <c>accel</c>; what Squid does without it is in <see cref="SquidProblem.AccelOptionWithoutAccel"/>.</param>
/// <param name="Feature">The build option it needs.</param>
internal sealed record PortOptionFact(string Name, bool TakesValue, bool NeedsAccel, SquidFeature Feature);
