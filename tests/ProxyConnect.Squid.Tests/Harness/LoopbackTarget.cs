using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ProxyConnect.Squid.Tests.Harness;

/// <summary>
/// A small server on 127.0.0.1 and a free port for Squid to reach: an echo server (optionally writing a greeting
/// first) or an HTTP server that answers <c>GET /</c> with a fixed body. Bounded: each connection lives at most
/// <see cref="ConnectionLifetime"/> and reads at most <see cref="MaxBytesPerConnection"/>.
/// </summary>
public sealed class LoopbackTarget : IAsyncDisposable
{
    /// <summary>The longest time one connection is served.</summary>
    public static readonly TimeSpan ConnectionLifetime = TimeSpan.FromSeconds(20);

    /// <summary>The most bytes read from one connection.</summary>
    public const int MaxBytesPerConnection = 1 << 20;

    private readonly TcpListener listener;
    private readonly CancellationTokenSource stopping = new();
    private readonly Func<NetworkStream, CancellationToken, Task> serve;
    private readonly List<Task> connections = [];
    private readonly Task acceptLoop;
    private int accepted;

    private LoopbackTarget(Func<NetworkStream, CancellationToken, Task> serve)
    {
        this.serve = serve;
        listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        acceptLoop = Task.Run(AcceptLoopAsync);
    }

    /// <summary>The port it listens on (address 127.0.0.1).</summary>
    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>How many connections it has accepted, e.g. to prove that a denied request never reached it.</summary>
    public int AcceptedConnections => Volatile.Read(ref accepted);

    /// <summary>Starts an echo server that first writes <paramref name="greeting"/> (UTF-8) when it is given.</summary>
    /// <param name="greeting">Text written to each new connection before echoing, or <c>null</c>.</param>
    public static LoopbackTarget StartEcho(string? greeting = null)
    {
        var greetingBytes = greeting == null ? [] : Encoding.UTF8.GetBytes(greeting);
        return new LoopbackTarget(async (stream, token) =>
        {
            await stream.WriteAsync(greetingBytes, token).ConfigureAwait(false);
            var buffer = new byte[8192];
            var total = 0;
            int read;
            while (total < MaxBytesPerConnection && (read = await stream.ReadAsync(buffer, token).ConfigureAwait(false)) > 0)
            {
                total += read;
                await stream.WriteAsync(buffer.AsMemory(0, read), token).ConfigureAwait(false);
            }
        });
    }

    /// <summary>Starts an HTTP/1.1 server: <c>GET /</c> gets 200 with <paramref name="body"/> (text/plain, UTF-8), anything else 404. One request per connection.</summary>
    /// <param name="body">The body of the answer to <c>GET /</c>.</param>
    public static LoopbackTarget StartHttp(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var bodyBytes = Encoding.UTF8.GetBytes(body);
        return new LoopbackTarget(async (stream, token) =>
        {
            var head = await HttpText.ReadHeadAsync(stream, MaxBytesPerConnection, token).ConfigureAwait(false);
            var requestLine = head.Split("\r\n")[0].Split(' ');
            var found = requestLine.Length == 3 && requestLine[0] == "GET" && requestLine[1] == "/";
            var content = found ? bodyBytes : Encoding.UTF8.GetBytes("not found");
            var header = $"HTTP/1.1 {(found ? "200 OK" : "404 Not Found")}\r\nContent-Type: text/plain; charset=utf-8\r\n" +
                         $"Content-Length: {content.Length}\r\nConnection: close\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(header), token).ConfigureAwait(false);
            await stream.WriteAsync(content, token).ConfigureAwait(false);
        });
    }

    /// <summary>Stops listening, closes every connection and waits for them.</summary>
    public async ValueTask DisposeAsync()
    {
        if (stopping.IsCancellationRequested)
        {
            return;
        }

        await stopping.CancelAsync().ConfigureAwait(false);
        listener.Stop();
        Task[] pending;
        lock (connections)
        {
            pending = [acceptLoop, .. connections];
        }

        await Task.WhenAll(pending).WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        stopping.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref accepted);
            lock (connections)
            {
                connections.Add(ServeAsync(client));
            }
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        using (var lifetime = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token))
        {
            lifetime.CancelAfter(ConnectionLifetime);
            try
            {
                await serve(client.GetStream(), lifetime.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
            {
                // The peer went away or the target is stopping: nothing to serve.
            }
        }
    }
}
