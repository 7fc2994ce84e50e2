using System;
using System.Text;
using ProxyConnect.Squid.IO;

namespace ProxyConnect.Cli.Output;

/// <summary>Text to bytes and back the way the library reads and saves files: valid UTF-8 as UTF-8, anything else
/// one byte per character (Latin-1), so a config printed on stdout has the bytes <c>Save</c> would write.</summary>
internal static class ConfigBytes
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (string Text, ConfigEncoding Encoding) Decode(byte[] bytes)
    {
        try
        {
            return (StrictUtf8.GetString(bytes), ConfigEncoding.Utf8);
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.Latin1.GetString(bytes), ConfigEncoding.Latin1);
        }
    }

    public static byte[] Encode(string text, ConfigEncoding encoding, string displayName)
    {
        if (encoding == ConfigEncoding.Latin1)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] > '\u00FF')
                {
                    throw new InvalidOperationException(
                        $"{displayName} was read as Latin-1 (it is not valid UTF-8), and character U+{(int)text[i]:X4} at offset {i} cannot be written back in that encoding.");
                }
            }

            return Encoding.Latin1.GetBytes(text);
        }

        return StrictUtf8.GetBytes(text);
    }
}
