namespace ProxyConnect.Squid.Knowledge;

/// <summary>What one Squid version knows of an <c>http_port</c>/<c>https_port</c> option.</summary>
/// <param name="Name">The option word, or the key of a <c>key=value</c> option, or the start of a family of options
/// when <paramref name="IsPrefix"/> (<c>tls-</c> covers <c>tls-cert=</c>, <c>tls-key=</c>…).</param>
/// <param name="TakesValue">Written <c>key=value</c>.</param>
/// <param name="NeedsAccel">Meaningful only with <c>accel</c>; what this option does without it is <paramref name="WithoutAccel"/>.</param>
/// <param name="Feature">The build option it needs; without it the option is unknown to Squid (fatal).</param>
/// <param name="ValueOptional">Also accepted as a bare word (<c>vport</c> and <c>vport=N</c>).</param>
/// <param name="WithoutAccel">What Squid does when <paramref name="NeedsAccel"/> and <c>accel</c> is missing:
/// <c>defaultsite=</c> is fatal, <c>vhost</c> only warns. <see cref="ProblemOutcome.Ignored"/> when it needs no accel.</param>
/// <param name="IsPrefix"><paramref name="Name"/> is the start of every option of a family.</param>
internal sealed record PortOptionFact(
    string Name,
    bool TakesValue,
    bool NeedsAccel,
    SquidFeature Feature,
    bool ValueOptional = false,
    ProblemOutcome WithoutAccel = ProblemOutcome.Ignored,
    bool IsPrefix = false);
