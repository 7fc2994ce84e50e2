using System;
using System.IO;

namespace ProxyConnect.Squid.IO;

/// <summary>Writes a file so that readers see either the old bytes or the new ones, never a mix.</summary>
/// <remarks>Temporary file in the target's folder (same file system, so the rename is atomic), flushed to disk,
/// given the target's permissions, then renamed over the target. On any failure the temporary file is removed
/// and the target is untouched.</remarks>
internal static class AtomicFile
{
    public static void Write(string path, byte[] bytes)
    {
        var fullPath = Path.GetFullPath(path);
        if (Directory.Exists(fullPath))
        {
            throw new IOException($"Cannot write '{fullPath}': it is a directory.");
        }

        var folder = Path.GetDirectoryName(fullPath) ?? throw new IOException($"Cannot write '{fullPath}': it has no folder.");
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Cannot write '{fullPath}': the folder '{folder}' does not exist.");
        }

        var temp = Path.Combine(folder, "." + Path.GetFileName(fullPath) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(flushToDisk: true);
            }

            CopyPermissions(fullPath, temp);
            if (File.Exists(fullPath))
            {
                File.Replace(temp, fullPath, destinationBackupFileName: null);
            }
            else
            {
                File.Move(temp, fullPath);
            }
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw new IOException($"Could not write '{fullPath}': {ex.Message} The file was left as it was.", ex);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void CopyPermissions(string from, string to)
    {
#if NET7_0_OR_GREATER
        if (!OperatingSystem.IsWindows() && File.Exists(from))
        {
            File.SetUnixFileMode(to, File.GetUnixFileMode(from));
        }
#else
        if (File.Exists(from))
        {
            File.SetAttributes(to, File.GetAttributes(from));
        }
#endif
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
        catch (IOException)
        {
            // Best effort: the error that brought us here is the one to report.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}
