using System.Text;

namespace ProxyConnect.Squid.Tests.Harness;

/// <summary>An HTTP answer received through the proxy.</summary>
public sealed class ProxyHttpResponse
{
    internal ProxyHttpResponse(string head, byte[] body)
    {
        var lines = head.Split("\r\n");
        StatusLine = lines[0];
        StatusCode = HttpText.StatusCode(StatusLine);
        Headers = lines.Skip(1).ToList();
        Body = body;
    }

    /// <summary>The status code.</summary>
    public int StatusCode { get; }

    /// <summary>The status line.</summary>
    public string StatusLine { get; }

    /// <summary>The header lines, as sent.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>The body bytes, as sent.</summary>
    public byte[] Body { get; }

    /// <summary>The body as UTF-8 text.</summary>
    public string BodyText => Encoding.UTF8.GetString(Body);
}
