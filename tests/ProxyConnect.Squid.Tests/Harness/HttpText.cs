using System.Text;

namespace ProxyConnect.Squid.Tests.Harness;

/// <summary>Reads the head of an HTTP message byte by byte, so nothing after it (tunnel data, body) is consumed.</summary>
internal static class HttpText
{
    /// <summary>Reads up to and including the empty line that ends the head; returns the head without that line (ASCII).</summary>
    /// <exception cref="IOException">The stream ended first, or the head exceeded <paramref name="maxBytes"/>.</exception>
    public static async Task<string> ReadHeadAsync(Stream stream, int maxBytes, CancellationToken cancellationToken)
    {
        var bytes = new List<byte>(512);
        var one = new byte[1];
        while (!EndsWithBlankLine(bytes))
        {
            if (bytes.Count >= maxBytes)
            {
                throw new IOException($"HTTP head longer than {maxBytes} bytes");
            }

            if (await stream.ReadAsync(one, cancellationToken).ConfigureAwait(false) == 0)
            {
                throw new IOException("connection closed before the end of the HTTP head: " + Encoding.ASCII.GetString(bytes.ToArray()));
            }

            bytes.Add(one[0]);
        }

        return Encoding.ASCII.GetString(bytes.ToArray(), 0, bytes.Count - 4);
    }

    /// <summary>The status code of a status line such as <c>HTTP/1.1 403 Forbidden</c>.</summary>
    /// <exception cref="FormatException">It is not a status line.</exception>
    public static int StatusCode(string statusLine)
    {
        var parts = statusLine.Split(' ', 3);
        if (parts.Length < 2 || !parts[0].StartsWith("HTTP/", StringComparison.Ordinal) || !int.TryParse(parts[1], out var code))
        {
            throw new FormatException($"not an HTTP status line: '{statusLine}'");
        }

        return code;
    }

    private static bool EndsWithBlankLine(List<byte> bytes) =>
        bytes.Count >= 4 && bytes[^4] == '\r' && bytes[^3] == '\n' && bytes[^2] == '\r' && bytes[^1] == '\n';
}
