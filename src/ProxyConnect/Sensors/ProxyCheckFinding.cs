using ProxyConnect.Squid;

namespace ProxyConnect.Sensors;

/// <summary>One answer of <see cref="SensorProxySettings.CheckAgainst(ProxyConnect.Squid.SquidConfig, string)"/>.</summary>
/// <param name="Aspect">What was checked.</param>
/// <param name="IsProblem">Whether this stops the sensor from getting through.</param>
/// <param name="Message">What was found, with the config line that decides it where there is one.</param>
/// <param name="Location">The deciding line, when there is one.</param>
public sealed record ProxyCheckFinding(ProxyCheckAspect Aspect, bool IsProblem, string Message, SourceLocation? Location)
{
    /// <summary><c>OK</c> or <c>PROBLEM</c>, the aspect and the message.</summary>
    public override string ToString() => $"{(IsProblem ? "PROBLEM" : "OK")} {Aspect}: {Message}";
}
