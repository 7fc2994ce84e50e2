using System;
using System.IO;

namespace ProxyConnect.Squid.IO;

/// <summary>Keeps a copy of a config before it is overwritten, the way operators do by hand.</summary>
internal static class ConfigBackup
{
    /// <summary>Copies <paramref name="path"/> (a resolved path) to <c>PATH.factory</c> the first time (that copy is
    /// never overwritten afterwards), and to a timestamped <c>PATH.yyyyMMddTHHmmssfffZ.bak</c> every later time. The
    /// copy gets the original's mode, owner and group: a backup of a secret must not be easier to read.</summary>
    /// <returns>The backup's path, or <see langword="null"/> when there was no file to back up.</returns>
    public static string? Create(string path, DateTime utcNow)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var factory = path + ".factory";
        var target = File.Exists(factory) ? $"{path}.{utcNow:yyyyMMdd'T'HHmmssfff'Z'}.bak" : factory;
        AtomicFile.Write(target, File.ReadAllBytes(path), FilePermissions.Of(path) ?? default);
        return target;
    }
}
