using System;
using System.IO;

namespace ProxyConnect.Squid.IO;

/// <summary>Saving and editing a config file safely: under the file's lock, refusing to overwrite a change made
/// since the document was loaded, with an optional backup, written atomically (<see cref="AtomicFile"/>).</summary>
internal static class ConfigFileWriter
{
    /// <summary>Saves <paramref name="config"/> to <paramref name="path"/> under the lock.</summary>
    public static string? Save(SquidConfig config, string path, SaveOptions options)
    {
        var target = WritableTarget(path);
        using var fileLock = FileLock.Acquire(target, options.LockTimeout);
        return SaveLocked(config, path, target, options);
    }

    /// <summary>Load, edit and save under one lock, so that concurrent edits of one file apply one after the other.</summary>
    public static ConfigFileEdit Edit(string path, Func<SquidConfig, SquidConfig> edit, SaveOptions options)
    {
        var target = WritableTarget(path);
        if (!options.CreateIfMissing && !File.Exists(target))
        {
            throw new FileNotFoundException($"Cannot read squid config '{path}': Could not find file '{target}'.", target);
        }

        using var fileLock = FileLock.Acquire(target, options.LockTimeout);
        var isNew = !File.Exists(target) && options.CreateIfMissing;
        var before = isNew ? SquidConfig.Parse(string.Empty, path) : SquidConfig.Load(path);
        var after = edit(before) ?? throw new InvalidOperationException("The edit returned no document.");
        if (!isNew && after.ToString() == before.ToString())
        {
            return new ConfigFileEdit(before, after, Written: false, BackupPath: null, IsNewFile: false, WasLocked: fileLock.IsHeld);
        }

        var backup = SaveLocked(after, path, target, options);
        return new ConfigFileEdit(before, after, Written: true, backup, isNew, fileLock.IsHeld);
    }

    /// <summary>The resolved target, after the checks that need no lock (so that a refused write leaves no lock file).</summary>
    private static string WritableTarget(string path)
    {
        var target = SymlinkTarget.Resolve(path);
        if (Directory.Exists(target))
        {
            throw new IOException($"Cannot write '{target}': it is a directory.");
        }

        var folder = Path.GetDirectoryName(target);
        if (folder is null || !Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Cannot write '{target}': the folder '{folder}' does not exist.");
        }

        return target;
    }

    private static string? SaveLocked(SquidConfig config, string path, string target, SaveOptions options)
    {
        var text = config.ToString();
        var bytes = ConfigEncodingCodec.Encode(text, config.Encoding, path);
        var stamp = config.Stamp;
        if (!options.OverwriteChanged && stamp != null && string.Equals(stamp.FullPath, target, StringComparison.Ordinal))
        {
            var current = File.Exists(target) ? File.ReadAllBytes(target) : null;
            if (current is null || !stamp.Matches(current))
            {
                throw new ConfigFileChangedException(target,
                    $"Not saved: '{target}' {(current is null ? "was removed" : "changed")} after this document was loaded from it, and saving would throw that change away. Read it again and repeat the edit (or overwrite it explicitly).");
            }
        }

        var backup = options.Backup ? ConfigBackup.Create(target, DateTime.UtcNow) : null;
        AtomicFile.Write(target, bytes);
        if (stamp != null && string.Equals(stamp.FullPath, target, StringComparison.Ordinal))
        {
            stamp.MoveTo(text, config.Encoding);
        }

        return backup;
    }
}
