using System.Net;

namespace ProxyConnect.Cli.Probe;

/// <summary>What one CONNECT through the proxy gave.</summary>
/// <param name="Outcome">The classified answer.</param>
/// <param name="StatusCode">The HTTP status, or <see langword="null"/> when there was no HTTP answer.</param>
/// <param name="StatusLine">The status line as sent, or why there was none.</param>
/// <param name="Source">The local address the connection came from (what Squid's <c>src</c> ACLs see), when connected.</param>
internal sealed record ProbeResult(ProbeOutcome Outcome, int? StatusCode, string StatusLine, IPAddress? Source);
