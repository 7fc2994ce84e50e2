namespace ProxyConnect.Squid.Knowledge;

/// <summary>What a Squid version does with a <see cref="SquidProblem"/>.</summary>
internal enum ProblemOutcome
{
    /// <summary>Nothing visible.</summary>
    Ignored,

    /// <summary>A WARNING or ERROR line; Squid starts.</summary>
    Warning,

    /// <summary>Squid refuses the config (<c>-k parse</c> fails, the service does not start).</summary>
    Fatal,
}
