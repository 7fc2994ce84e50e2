using System;
using System.IO;
#if NET8_0_OR_GREATER
using System.Buffers;
using System.Text;
#endif

namespace ProxyConnect.Squid.IO;

/// <summary>Reads a config file into text the way <see cref="ConfigEncodingCodec.Decode"/> decodes its bytes.</summary>
/// <remarks>Most configs are ASCII. For them the text is built straight from small reads into one pooled buffer,
/// without first holding the whole file as a byte array: in a short-lived process every new byte of heap is a page
/// fault and a clear, and for the stock config that array was a tenth of the lint's time. Anything that is not plain
/// ASCII, or a file that changes size while it is read, goes the general way (all bytes, then decode).</remarks>
internal static class ConfigFileReader
{
    public static (string Text, ConfigEncoding Encoding) Read(string path)
    {
#if NET8_0_OR_GREATER
        if (TryReadAscii(path, out var ascii))
        {
            return (ascii, ConfigEncoding.Utf8);
        }
#endif
        return ConfigEncodingCodec.Decode(File.ReadAllBytes(path));
    }

#if NET8_0_OR_GREATER
    private const int ChunkSize = 64 * 1024;

    private static bool TryReadAscii(string path, out string text)
    {
        text = string.Empty;
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
        var length = file.Length;
        if (length == 0 || length > int.MaxValue / 2)
        {
            return false;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            var state = new AsciiRead(file, buffer);
            var result = string.Create((int)length, state, static (chars, s) => s.Fill(chars));
            if (!state.Succeeded)
            {
                return false;
            }

            text = result;
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Fills the new string's characters from the file, and says whether every byte was ASCII and the file
    /// had exactly the expected length.</summary>
    private sealed class AsciiRead
    {
        private readonly FileStream _file;
        private readonly byte[] _buffer;

        public AsciiRead(FileStream file, byte[] buffer)
        {
            _file = file;
            _buffer = buffer;
        }

        public bool Succeeded { get; private set; }

        public void Fill(Span<char> chars)
        {
            PagePrefault.BeforeWriting(chars);
            var filled = 0;
            while (filled < chars.Length)
            {
                var read = _file.Read(_buffer, 0, Math.Min(_buffer.Length, chars.Length - filled));
                if (read == 0)
                {
                    return; // the file got shorter
                }

                if (Ascii.ToUtf16(_buffer.AsSpan(0, read), chars.Slice(filled), out var written) != OperationStatus.Done || written != read)
                {
                    return; // not ASCII: the general decoder decides between UTF-8 and Latin-1
                }

                filled += read;
            }

            Succeeded = _file.Read(_buffer, 0, 1) == 0; // and not longer either
        }
    }
#endif
}
