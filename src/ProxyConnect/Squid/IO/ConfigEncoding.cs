using System;
using System.Text;

namespace ProxyConnect.Squid.IO;

/// <summary>How a config file's bytes became text, so that writing it back gives the same bytes.</summary>
/// <remarks>Squid reads bytes. We decode valid UTF-8 as UTF-8 (a BOM stays in the text as U+FEFF, because
/// Squid does not strip it either) and anything else as Latin-1, which maps every byte to one character and
/// back: real configs carry Latin-1 comments, and they must survive a load and save unchanged.</remarks>
public enum ConfigEncoding
{
    /// <summary>Valid UTF-8 (ASCII included).</summary>
    Utf8,

    /// <summary>Bytes that are not valid UTF-8, kept one character per byte.</summary>
    Latin1,
}

/// <summary>Decoding and encoding that round-trip byte for byte: what <see cref="SquidConfig.Load(string)"/> and
/// <see cref="SquidConfig.Save(string, bool)"/> do, for callers that read or write streams themselves.</summary>
public static class ConfigEncodingCodec
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Latin1 = Encoding.GetEncoding(28591);

    /// <summary>Decodes valid UTF-8 as UTF-8 (a BOM stays in the text), anything else as Latin-1.</summary>
    /// <param name="bytes">The file's bytes.</param>
    public static (string Text, ConfigEncoding Encoding) Decode(byte[] bytes)
    {
        try
        {
            return (StrictUtf8.GetString(bytes), ConfigEncoding.Utf8);
        }
        catch (DecoderFallbackException)
        {
            return (Latin1.GetString(bytes), ConfigEncoding.Latin1);
        }
    }

    /// <summary>Encodes text the way it was decoded.</summary>
    /// <param name="text">The text.</param>
    /// <param name="encoding">The encoding it was read with.</param>
    /// <param name="filePath">A name for the error message.</param>
    /// <exception cref="InvalidOperationException">Latin-1 text holds a character above U+00FF.</exception>
    public static byte[] Encode(string text, ConfigEncoding encoding, string? filePath)
    {
        if (encoding == ConfigEncoding.Latin1)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] > '\u00FF')
                {
                    throw new InvalidOperationException(
                        $"{filePath ?? "The config"} was read as Latin-1 (it is not valid UTF-8), and character U+{(int)text[i]:X4} at offset {i} cannot be written back in that encoding.");
                }
            }

            return Latin1.GetBytes(text);
        }

        return StrictUtf8.GetBytes(text);
    }
}
