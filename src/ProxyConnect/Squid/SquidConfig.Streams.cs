using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ProxyConnect.Squid.IO;
using ProxyConnect.Squid.Syntax;

namespace ProxyConnect.Squid;

/// <summary>Streams, readers and asynchronous file access, for hosts (services, web apps) that hold a config in
/// memory or must not block a thread on disk.</summary>
public sealed partial class SquidConfig
{
    /// <summary>Reads a config from a stream of bytes, decoded as <see cref="Load(string)"/> decodes a file (valid UTF-8
    /// as UTF-8, anything else byte for byte), so that saving it unedited writes the same bytes.</summary>
    /// <param name="stream">The bytes; read to the end, not closed.</param>
    /// <param name="filePath">The name used in locations and messages, or <see langword="null"/>.</param>
    /// <returns>The document.</returns>
    public static SquidConfig Load(Stream stream, string? filePath)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return FromBytes(buffer.ToArray(), filePath);
    }

    /// <summary>Parses the text a reader gives (already decoded; <see cref="Encoding"/> is UTF-8). Locations carry no
    /// file name; to give one, read the text and call <see cref="Parse(string, string?)"/>.</summary>
    /// <param name="reader">The text; read to the end, not closed.</param>
    /// <returns>The document.</returns>
    public static SquidConfig Parse(TextReader reader)
    {
        if (reader is null)
        {
            throw new ArgumentNullException(nameof(reader));
        }

        return Parse(reader.ReadToEnd());
    }

    /// <summary>Like <see cref="Load(string)"/>, reading the file asynchronously.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The document.</returns>
    /// <exception cref="IOException">The file cannot be read; the message names it.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<SquidConfig> LoadAsync(string path, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        cancellationToken.ThrowIfCancellationRequested();
        byte[] bytes;
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, 81920, cancellationToken).ConfigureAwait(false);
            bytes = buffer.ToArray();
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            throw new IOException($"Cannot read squid config '{path}': {ex.Message}", ex);
        }

        return FromBytes(bytes, path);
    }

    /// <summary>Like <see cref="Save(string, bool)"/> (atomic, permissions kept, optional backup), without blocking the
    /// calling thread. Cancellation is honoured until the write starts; once it has started it completes, because a
    /// half-done save is exactly what the atomic write exists to prevent.</summary>
    /// <param name="path">Where to write.</param>
    /// <param name="backup">Keep the previous file first, as <see cref="Save(string, bool)"/> does.</param>
    /// <param name="cancellationToken">Cancels the save before it starts.</param>
    /// <returns>The backup's path, or <see langword="null"/> when none was made.</returns>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled before the write started.</exception>
    public Task<string?> SaveAsync(string path, bool backup, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        cancellationToken.ThrowIfCancellationRequested();
        return Task.Run(() => Save(path, backup), cancellationToken);
    }

    private static SquidConfig FromBytes(byte[] bytes, string? filePath)
    {
        var (text, encoding) = ConfigEncodingCodec.Decode(bytes);
        return new SquidConfig(SquidSyntaxParser.Parse(text), text, filePath, encoding);
    }
}
