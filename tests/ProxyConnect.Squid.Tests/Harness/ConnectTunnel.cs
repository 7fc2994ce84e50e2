using System.Text;

namespace ProxyConnect.Squid.Tests.Harness;

/// <summary>The proxy's answer to a CONNECT and, when it is 200, the open tunnel to the target.</summary>
public sealed class ConnectTunnel : IAsyncDisposable
{
    private readonly Stream stream;
    private readonly TimeSpan timeout;

    internal ConnectTunnel(Stream stream, string head, TimeSpan timeout)
    {
        this.stream = stream;
        this.timeout = timeout;
        var lines = head.Split("\r\n");
        StatusLine = lines[0];
        StatusCode = HttpText.StatusCode(StatusLine);
        Headers = lines.Skip(1).ToList();
    }

    /// <summary>The status code of the answer (200 when the tunnel is open, 403 when denied, …).</summary>
    public int StatusCode { get; }

    /// <summary>The status line, e.g. <c>HTTP/1.1 200 Connection established</c>.</summary>
    public string StatusLine { get; }

    /// <summary>The header lines of the answer, as sent.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>Whether the tunnel is open (status 200).</summary>
    public bool IsOpen => StatusCode == 200;

    /// <summary>Sends bytes to the target through the tunnel.</summary>
    /// <param name="data">The bytes.</param>
    /// <exception cref="InvalidOperationException">The CONNECT was not answered with 200.</exception>
    public async Task SendAsync(ReadOnlyMemory<byte> data)
    {
        RequireOpen();
        using var bounded = new CancellationTokenSource(timeout);
        await stream.WriteAsync(data, bounded.Token).ConfigureAwait(false);
        await stream.FlushAsync(bounded.Token).ConfigureAwait(false);
    }

    /// <summary>Sends text (UTF-8) to the target through the tunnel.</summary>
    /// <param name="text">The text.</param>
    public Task SendAsync(string text) => SendAsync(Encoding.UTF8.GetBytes(text));

    /// <summary>Reads exactly <paramref name="count"/> bytes from the target through the tunnel.</summary>
    /// <param name="count">How many bytes.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="EndOfStreamException">The tunnel closed first.</exception>
    /// <exception cref="OperationCanceledException">They did not arrive within the client's timeout.</exception>
    public async Task<byte[]> ReceiveAsync(int count)
    {
        RequireOpen();
        var buffer = new byte[count];
        using var bounded = new CancellationTokenSource(timeout);
        await stream.ReadExactlyAsync(buffer, bounded.Token).ConfigureAwait(false);
        return buffer;
    }

    /// <summary>Reads exactly as many bytes as <paramref name="expected"/> has in UTF-8 and returns them as text.</summary>
    /// <param name="expected">The text expected; only its length is used.</param>
    public async Task<string> ReceiveTextAsync(string expected) =>
        Encoding.UTF8.GetString(await ReceiveAsync(Encoding.UTF8.GetByteCount(expected)).ConfigureAwait(false));

    /// <summary>Closes the connection to the proxy (Squid then logs the CONNECT).</summary>
    public ValueTask DisposeAsync() => stream.DisposeAsync();

    private void RequireOpen()
    {
        if (!IsOpen)
        {
            throw new InvalidOperationException($"no tunnel: the proxy answered '{StatusLine}'");
        }
    }
}
