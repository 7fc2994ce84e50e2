using System;

namespace ProxyConnect.Squid.IO;

/// <summary>What a file held when a document was loaded from it (its resolved path and its text), so that a save can
/// tell whether someone else changed it since. Shared by every document edited from the loaded one, and moved forward
/// when one of them saves, so that the same lineage can save again.</summary>
/// <remarks>It keeps the decoded text, which the loaded document holds anyway, rather than a hash of the bytes:
/// decoding is lossless (<see cref="ConfigEncodingCodec"/>), so the text and its encoding say exactly which bytes were
/// read, and no hash has to be computed on every load (SHA-256 also loaded OpenSSL into every short-lived process).</remarks>
internal sealed class FileStamp
{
    private readonly object _gate = new();
    private string _text;
    private ConfigEncoding _encoding;

    private FileStamp(string fullPath, string text, ConfigEncoding encoding)
    {
        FullPath = fullPath;
        _text = text;
        _encoding = encoding;
    }

    /// <summary>The file, symlinks resolved.</summary>
    public string FullPath { get; }

    /// <summary>The stamp of a file at <paramref name="path"/> whose bytes decoded to <paramref name="text"/>.</summary>
    public static FileStamp Of(string path, string text, ConfigEncoding encoding) => new(SymlinkTarget.Resolve(path), text, encoding);

    /// <summary>Whether <paramref name="bytes"/> are what the file held when this lineage last read or wrote it.</summary>
    public bool Matches(byte[] bytes)
    {
        string text;
        ConfigEncoding encoding;
        lock (_gate)
        {
            text = _text;
            encoding = _encoding;
        }

        byte[] expected;
        try
        {
            expected = ConfigEncodingCodec.Encode(text, encoding, FullPath);
        }
        catch (InvalidOperationException)
        {
            return false;
        }

        return Same(bytes, expected);
    }

    /// <summary>The lineage wrote <paramref name="text"/> in <paramref name="encoding"/>.</summary>
    public void MoveTo(string text, ConfigEncoding encoding)
    {
        lock (_gate)
        {
            _text = text;
            _encoding = encoding;
        }
    }

    private static bool Same(byte[] a, byte[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                return false;
            }
        }

        return true;
    }
}
