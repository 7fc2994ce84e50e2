using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace ProxyConnect.Cli.Probe;

/// <summary>Makes the CONNECT a sensor makes: a TCP connection to the proxy (bound to the sensor's address when
/// given), <c>CONNECT host:port HTTP/1.1</c> with <c>Host</c> and, with credentials, <c>Proxy-Authorization: Basic</c>,
/// then reads the answer's head and closes. Nothing is sent through an open tunnel.</summary>
internal static class ProxyProbe
{
    private const int MaxHeadBytes = 64 * 1024;

    /// <exception cref="ProbeSetupException">The source address cannot be used on this machine.</exception>
    public static async Task<ProbeResult> RunAsync(ProbeRequest request)
    {
        using var timeout = new CancellationTokenSource(request.Timeout);
        IPAddress[] proxyAddresses;
        try
        {
            proxyAddresses = IPAddress.TryParse(request.ProxyHost, out var literal)
                ? new[] { literal }
                : await Dns.GetHostAddressesAsync(request.ProxyHost).ConfigureAwait(false);
        }
        catch (SocketException ex)
        {
            return new ProbeResult(ProbeOutcome.ProxyUnreachable, null, $"cannot resolve proxy host '{request.ProxyHost}': {ex.Message}", null);
        }

        Socket? socket = null;
        string? lastError = null;
        foreach (var address in proxyAddresses)
        {
            if (request.From != null && request.From.AddressFamily != address.AddressFamily)
            {
                lastError = $"--from {request.From} and the proxy address {address} are not of the same IP version";
                continue;
            }

            var candidate = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                if (request.From != null)
                {
                    Bind(candidate, request.From);
                }

                await candidate.ConnectAsync(new IPEndPoint(address, request.ProxyPort), timeout.Token).ConfigureAwait(false);
                socket = candidate;
                break;
            }
            catch (SocketException ex)
            {
                candidate.Dispose();
                lastError = ex.Message;
            }
            catch (OperationCanceledException)
            {
                candidate.Dispose();
                lastError = $"no connection within {request.Timeout.TotalSeconds:0.#} s";
                break;
            }
            catch
            {
                candidate.Dispose();
                throw;
            }
        }

        if (socket is null)
        {
            return new ProbeResult(ProbeOutcome.ProxyUnreachable, null, $"cannot connect to the proxy {request.ProxyDisplay}: {lastError}", null);
        }

        using (socket)
        {
            var source = (socket.LocalEndPoint as IPEndPoint)?.Address;
            try
            {
                using var stream = new NetworkStream(socket, ownsSocket: false);
                var bytes = Encoding.ASCII.GetBytes(RequestText(request));
                await stream.WriteAsync(bytes, timeout.Token).ConfigureAwait(false);
                var head = await ReadHeadAsync(stream, timeout.Token).ConfigureAwait(false);
                var statusLine = head.Split(new[] { "\r\n" }, StringSplitOptions.None)[0];
                var status = StatusCode(statusLine);
                return new ProbeResult(Classify(status, request.User != null), status, statusLine, source);
            }
            catch (OperationCanceledException)
            {
                return new ProbeResult(ProbeOutcome.Unexpected, null, $"the proxy did not answer within {request.Timeout.TotalSeconds:0.#} s", source);
            }
            catch (IOException ex)
            {
                return new ProbeResult(ProbeOutcome.Unexpected, null, $"the proxy closed the connection without an HTTP answer: {ex.Message}", source);
            }
            catch (SocketException ex)
            {
                return new ProbeResult(ProbeOutcome.Unexpected, null, $"the proxy closed the connection without an HTTP answer: {ex.Message}", source);
            }
        }
    }

    internal static ProbeOutcome Classify(int? status, bool withCredentials) => status switch
    {
        200 => ProbeOutcome.TunnelEstablished,
        403 => ProbeOutcome.Refused,
        407 => withCredentials ? ProbeOutcome.LoginRejected : ProbeOutcome.LoginRequired,
        502 or 503 or 504 => ProbeOutcome.TargetUnreachable,
        _ => ProbeOutcome.Unexpected,
    };

    private static string RequestText(ProbeRequest request)
    {
        var text = new StringBuilder()
            .Append("CONNECT ").Append(request.Authority).Append(" HTTP/1.1\r\n")
            .Append("Host: ").Append(request.Authority).Append("\r\n");
        if (request.User != null)
        {
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes(request.User + ":" + (request.Password ?? string.Empty)));
            text.Append("Proxy-Authorization: Basic ").Append(token).Append("\r\n");
        }

        return text.Append("\r\n").ToString();
    }

    private static void Bind(Socket socket, IPAddress from)
    {
        try
        {
            socket.Bind(new IPEndPoint(from, 0));
        }
        catch (SocketException ex)
        {
            socket.Dispose();
            throw new ProbeSetupException($"--from {from}: cannot send from this address ({ex.Message}); it must be an address of this machine, as the sensor's address is on the sensor.");
        }
    }

    private static async Task<string> ReadHeadAsync(Stream stream, CancellationToken token)
    {
        var buffer = new MemoryStream();
        var one = new byte[1];
        while (buffer.Length < MaxHeadBytes)
        {
            var read = await stream.ReadAsync(one, 0, 1, token).ConfigureAwait(false);
            if (read == 0)
            {
                if (buffer.Length == 0)
                {
                    throw new IOException("end of stream");
                }

                break;
            }

            buffer.WriteByte(one[0]);
            if (buffer.Length >= 4 && EndsWithBlankLine(buffer))
            {
                break;
            }
        }

        return Encoding.ASCII.GetString(buffer.ToArray());
    }

    private static bool EndsWithBlankLine(MemoryStream buffer)
    {
        var b = buffer.GetBuffer();
        var n = (int)buffer.Length;
        return b[n - 4] == '\r' && b[n - 3] == '\n' && b[n - 2] == '\r' && b[n - 1] == '\n';
    }

    private static int? StatusCode(string statusLine)
    {
        var parts = statusLine.Split(' ');
        return parts.Length >= 2 && parts[0].StartsWith("HTTP/", StringComparison.Ordinal)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            ? code
            : null;
    }
}

/// <summary>The probe cannot be made as asked (exit code 2).</summary>
internal sealed class ProbeSetupException : Exception
{
    public ProbeSetupException(string message)
        : base(message)
    {
    }
}
