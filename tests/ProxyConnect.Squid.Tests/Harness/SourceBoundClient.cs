using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ProxyConnect.Squid.Tests.Harness;

/// <summary>
/// A client that talks to a proxy on 127.0.0.1 from a chosen source address in 127.0.0.0/8 (every such address is
/// local on Linux), as a sensor with that address would. Only loopback addresses are accepted anywhere, and every
/// operation is bounded by <see cref="Timeout"/>.
/// </summary>
public sealed class SourceBoundClient
{
    /// <summary>Creates a client.</summary>
    /// <param name="source">The source address, in 127.0.0.0/8.</param>
    /// <param name="proxyPort">The proxy's port on 127.0.0.1.</param>
    /// <param name="timeout">The bound on each operation; 15 s when <c>null</c> (generous: a loaded CI machine runs several test projects at once).</param>
    public SourceBoundClient(IPAddress source, int proxyPort, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.AddressFamily != AddressFamily.InterNetwork || !IPAddress.IsLoopback(source))
        {
            throw new ArgumentException($"the source must be an IPv4 loopback address (127.0.0.0/8), not {source}", nameof(source));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(proxyPort, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(proxyPort, 65535);
        Source = source;
        ProxyPort = proxyPort;
        Timeout = timeout ?? TimeSpan.FromSeconds(15);
    }

    /// <summary>Creates a client from a source address written as text, e.g. <c>"127.0.0.2"</c>.</summary>
    /// <param name="source">The source address, in 127.0.0.0/8.</param>
    /// <param name="proxyPort">The proxy's port on 127.0.0.1.</param>
    public SourceBoundClient(string source, int proxyPort)
        : this(IPAddress.Parse(source), proxyPort)
    {
    }

    /// <summary>The source address the connections are bound to.</summary>
    public IPAddress Source { get; }

    /// <summary>The proxy's port on 127.0.0.1.</summary>
    public int ProxyPort { get; }

    /// <summary>The bound on each operation (connect, request, each read of a tunnel).</summary>
    public TimeSpan Timeout { get; }

    /// <summary>
    /// Sends <c>CONNECT host:port HTTP/1.1</c> and reads the proxy's answer head. On 200 the returned tunnel carries
    /// bytes to and from the target; otherwise it only reports the status.
    /// </summary>
    /// <param name="host">The target host: a loopback IP address, or a name under <c>.test</c> that the Squid's hosts_file maps.</param>
    /// <param name="port">The target port.</param>
    /// <param name="basicCredentials">User and password for <c>Proxy-Authorization: Basic</c>, or <c>null</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The tunnel; dispose it to close the connection.</returns>
    public async Task<ConnectTunnel> ConnectAsync(string host, int port, (string User, string Password)? basicCredentials = null, CancellationToken cancellationToken = default)
    {
        RequireLoopback(host);
        var authority = $"{host}:{port}";
        var request = new StringBuilder()
            .Append($"CONNECT {authority} HTTP/1.1\r\n")
            .Append($"Host: {authority}\r\n");
        AppendCredentials(request, basicCredentials);
        request.Append("\r\n");

        var socket = await OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var stream = new NetworkStream(socket, ownsSocket: true);
            using var timeout = Bounded(cancellationToken);
            await stream.WriteAsync(Encoding.ASCII.GetBytes(request.ToString()), timeout.Token).ConfigureAwait(false);
            var head = await HttpText.ReadHeadAsync(stream, 64 * 1024, timeout.Token).ConfigureAwait(false);
            return new ConnectTunnel(stream, head, Timeout);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Sends <c>GET &lt;absolute uri&gt; HTTP/1.1</c> through the proxy with <c>Connection: close</c> and reads the
    /// whole answer (bounded to 1 MiB). The body is returned as sent (no chunked decoding).
    /// </summary>
    /// <param name="uri">An absolute <c>http://</c> URI whose host is a loopback IP address.</param>
    /// <param name="basicCredentials">User and password for <c>Proxy-Authorization: Basic</c>, or <c>null</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The proxy's answer.</returns>
    public async Task<ProxyHttpResponse> GetViaProxyAsync(Uri uri, (string User, string Password)? basicCredentials = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!uri.IsAbsoluteUri || uri.Scheme != Uri.UriSchemeHttp)
        {
            throw new ArgumentException($"an absolute http:// URI is required, not {uri}", nameof(uri));
        }

        RequireLoopback(uri.Host);
        var request = new StringBuilder()
            .Append($"GET {uri.AbsoluteUri} HTTP/1.1\r\n")
            .Append($"Host: {uri.Authority}\r\n")
            .Append("Connection: close\r\n");
        AppendCredentials(request, basicCredentials);
        request.Append("\r\n");

        using var socket = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var stream = new NetworkStream(socket, ownsSocket: false);
        using var timeout = Bounded(cancellationToken);
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request.ToString()), timeout.Token).ConfigureAwait(false);
        var head = await HttpText.ReadHeadAsync(stream, 64 * 1024, timeout.Token).ConfigureAwait(false);
        using var body = new MemoryStream();
        var buffer = new byte[8192];
        int read;
        while ((read = await stream.ReadAsync(buffer, timeout.Token).ConfigureAwait(false)) > 0)
        {
            if (body.Length + read > 1 << 20)
            {
                throw new IOException("answer body longer than 1 MiB");
            }

            body.Write(buffer, 0, read);
        }

        return new ProxyHttpResponse(head, body.ToArray());
    }

    private static void RequireLoopback(string host)
    {
        // A name under .test (reserved by RFC 6761, never in public DNS) reaches only what a test's own hosts_file
        // maps it to, so it stays on the machine like a loopback address.
        if (host.EndsWith(".test", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var bare = host.Trim('[', ']');
        if (!IPAddress.TryParse(bare, out var address) || !IPAddress.IsLoopback(address))
        {
            throw new ArgumentException($"only loopback IP addresses (or names under .test) may be targeted, not '{host}'", nameof(host));
        }
    }

    private static void AppendCredentials(StringBuilder request, (string User, string Password)? credentials)
    {
        if (credentials is { } c)
        {
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{c.User}:{c.Password}"));
            request.Append($"Proxy-Authorization: Basic {token}\r\n");
        }
    }

    private CancellationTokenSource Bounded(CancellationToken cancellationToken)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        source.CancelAfter(Timeout);
        return source;
    }

    /// <remarks>A refused connection is tried again twice: on a machine loaded far beyond its cores (load 45 on 2
    /// cores measured), the sandbox's network stack sometimes refuses a connection to a Squid that is listening.
    /// Nothing reached Squid then, so a retry cannot change what it decides; a Squid that is gone still fails.</remarks>
    private async Task<Socket> OpenAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(Source, 0));
                using var timeout = Bounded(cancellationToken);
                await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, ProxyPort), timeout.Token).ConfigureAwait(false);
                return socket;
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionRefused && attempt < ConnectAttempts)
            {
                socket.Dispose();
                await Task.Delay(200 * attempt, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
    }

    private const int ConnectAttempts = 3;
}
