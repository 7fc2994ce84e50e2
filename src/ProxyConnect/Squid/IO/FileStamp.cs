using System;
using System.Security.Cryptography;

namespace ProxyConnect.Squid.IO;

/// <summary>What a file held when a document was loaded from it (its resolved path and a SHA-256 of its bytes),
/// so that a save can tell whether someone else changed it since. Shared by every document edited from the loaded
/// one, and moved forward when one of them saves, so that the same lineage can save again.</summary>
internal sealed class FileStamp
{
    private readonly object _gate = new();
    private byte[] _hash;

    private FileStamp(string fullPath, byte[] hash)
    {
        FullPath = fullPath;
        _hash = hash;
    }

    /// <summary>The file, symlinks resolved.</summary>
    public string FullPath { get; }

    public static FileStamp Of(string path, byte[] bytes) => new(SymlinkTarget.Resolve(path), Hash(bytes));

    /// <summary>Whether <paramref name="bytes"/> are what the file held when this lineage last read or wrote it.</summary>
    public bool Matches(byte[] bytes)
    {
        var hash = Hash(bytes);
        lock (_gate)
        {
            return Same(hash, _hash);
        }
    }

    /// <summary>The lineage wrote <paramref name="bytes"/>.</summary>
    public void MoveTo(byte[] bytes)
    {
        var hash = Hash(bytes);
        lock (_gate)
        {
            _hash = hash;
        }
    }

    private static byte[] Hash(byte[] bytes)
    {
        using var sha = SHA256.Create();
        return sha.ComputeHash(bytes);
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
