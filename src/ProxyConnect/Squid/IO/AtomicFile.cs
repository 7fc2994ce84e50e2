using System;
using System.IO;

namespace ProxyConnect.Squid.IO;

/// <summary>Writes a file so that readers see either the old bytes or the new ones, never a mix, and so that what
/// surrounds the file stays: a symbolic link is followed and kept, owner, group and mode are kept.</summary>
/// <remarks>
/// <para>Steps: resolve symlinks to the final target; create a temporary file in the target's folder (same file
/// system, so the rename is atomic) with the final mode from the start; give it the target's owner and group
/// (<c>fchown</c>: as root both, otherwise the group where the user may); set the exact mode; write and flush to
/// disk; rename it over the target. On any failure the temporary file is removed and the target is untouched.</para>
/// <para>"The final mode from the start": on .NET 7 and later the file is created by <c>open(2)</c> with that mode
/// (<c>FileStreamOptions.UnixCreateMode</c>; the umask can only remove bits), so it is never more open than the
/// result. On netstandard2.0 there is no such option: the file is created with the default mode and changed with
/// <c>fchmod</c> while it is still empty, before the first byte is written, so no content is ever exposed.</para>
/// </remarks>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/>; a new file gets the system's default mode.</summary>
    public static void Write(string path, byte[] bytes) => Write(path, bytes, default, null);

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/>. An existing target keeps its own mode,
    /// owner and group; a new one gets <paramref name="newFile"/> (what is null there: the system's default).</summary>
    /// <param name="path">The file (a symlink is followed).</param>
    /// <param name="bytes">The new content.</param>
    /// <param name="newFile">Mode, owner and group for a file that does not exist yet.</param>
    /// <param name="onTemporaryCreated">Called with the temporary file's path right after it is created (tests use it
    /// to look at the file before anything else happens to it).</param>
    public static void Write(string path, byte[] bytes, FilePermissions newFile, Action<string>? onTemporaryCreated = null)
    {
        var target = SymlinkTarget.Resolve(path);
        if (Directory.Exists(target))
        {
            throw new IOException($"Cannot write '{target}': it is a directory.");
        }

        var folder = Path.GetDirectoryName(target) ?? throw new IOException($"Cannot write '{target}': it has no folder.");
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Cannot write '{target}': the folder '{folder}' does not exist.");
        }

        var permissions = File.Exists(target) ? FilePermissions.Of(target) ?? default : newFile;
        var temp = Path.Combine(folder, "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
        try
        {
            using (var stream = CreateTemporary(temp, permissions.Mode))
            {
                onTemporaryCreated?.Invoke(temp);
                ApplyPermissions(stream, permissions);
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(flushToDisk: true);
            }

            Rename(temp, target);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw new IOException($"Could not write '{target}': {ex.Message} The file was left as it was.", ex);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static FileStream CreateTemporary(string temp, int? mode)
    {
#if NET7_0_OR_GREATER
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (mode is { } bits && !OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = (UnixFileMode)bits;
        }

        return new FileStream(temp, options);
#else
        _ = mode;
        return new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
#endif
    }

    /// <summary>Owner and group first (changing the owner clears set-id bits), then the exact mode (the umask may have
    /// taken bits away at creation).</summary>
    private static void ApplyPermissions(FileStream stream, FilePermissions permissions)
    {
        if (!UnixNative.IsUnix)
        {
            return;
        }

        var fd = (int)stream.SafeFileHandle.DangerousGetHandle();
        if (permissions.Gid is { } gid)
        {
            // Root may give the file back to anyone; others may only choose a group they belong to. A refusal
            // leaves the file with the writer's own group, still no more open than the mode allows.
            var owner = UnixNative.geteuid() == 0 && permissions.Uid is { } uid ? uid : UnixNative.Unchanged;
            _ = UnixNative.fchown(fd, owner, gid);
        }

        if (permissions.Mode is { } mode)
        {
#if NET7_0_OR_GREATER
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(stream.SafeFileHandle, (UnixFileMode)mode);
            }
#else
            if (UnixNative.fchmod(fd, (uint)mode) != 0)
            {
                throw new IOException($"Could not set the mode of '{stream.Name}' (errno {UnixNative.LastError}).");
            }
#endif
        }
    }

    private static void Rename(string temp, string target)
    {
#if NETCOREAPP3_0_OR_GREATER
        File.Move(temp, target, overwrite: true);
#else
        if (File.Exists(target))
        {
            File.Replace(temp, target, destinationBackupFileName: null);
        }
        else
        {
            File.Move(temp, target);
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
