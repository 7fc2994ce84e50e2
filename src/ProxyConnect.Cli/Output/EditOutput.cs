using System;
using ProxyConnect.Squid;
using ProxyConnect.Squid.IO;

namespace ProxyConnect.Cli.Output;

/// <summary>How add-sensor and remove-sensor hand back an edited config: the whole text on stdout, a diff, or the
/// file rewritten in place.</summary>
/// <param name="InPlace">Save over the file (atomically, under its lock) instead of printing it.</param>
/// <param name="Backup">With <see cref="InPlace"/>, keep the previous file (<c>.factory</c>, then <c>.bak</c>).</param>
/// <param name="Diff">Print a unified diff of the change instead of the whole text.</param>
internal sealed record EditOutput(bool InPlace, bool Backup, bool Diff)
{
    /// <summary>Rejects combinations that cannot work, before anything is read or written.</summary>
    /// <param name="target">The file that would be written, or <see langword="null"/> for stdin or the default.</param>
    /// <param name="targetArgument">How the user named the target, for the message.</param>
    public void Validate(string? target, string targetArgument)
    {
        if (Backup && !InPlace)
        {
            throw new UsageException("--backup only applies with --in-place (it keeps the file that --in-place overwrites).");
        }

        if (InPlace && target is null)
        {
            throw new UsageException(
                $"--in-place needs a config file to write, but the config is {targetArgument}. Give the path of squid.conf, or leave out --in-place to print the result.");
        }
    }

    /// <summary>Prints <paramref name="edited"/>, a version of <paramref name="input"/>, or its diff.</summary>
    public void Write(CliIo io, ConfigInput input, SquidConfig edited)
    {
        ReportWarnings(io, edited);
        if (Diff)
        {
            var name = input.DisplayName;
            io.WriteBytes(ConfigEncodingCodec.Encode(UnifiedDiff.Create(input.OriginalText, edited.ToString(), name, name), input.Encoding, name));
            return;
        }

        io.WriteBytes(input.Encode(edited));
    }

    /// <summary>Reads, edits and saves <paramref name="path"/> under its lock (so concurrent runs apply one after the
    /// other), then says what happened on stderr (and prints the diff with <see cref="Diff"/>).</summary>
    /// <remarks>The edit runs once, in one locked section with the read and the write: the edit (and the guard that
    /// lints its result) is the expensive part on a large config, so running it a second time outside the lock would
    /// double the cost of every run. A refused edit leaves the file untouched (only the empty lock file stays).</remarks>
    public ConfigFileEdit WriteInPlace(CliIo io, string path, Func<SquidConfig, SquidConfig> edit, bool createIfMissing = false)
    {
        var result = SquidConfig.Edit(path, edit, new SaveOptions { Backup = Backup, CreateIfMissing = createIfMissing });
        ReportWarnings(io, result.After);
        if (!result.WasLocked)
        {
            io.ReportWarning(
                $"could not lock '{path}.lock' (the file system does not support flock): this edit was not serialised with other writers; only the check that the file had not changed since it was read guarded it.");
        }

        if (Diff)
        {
            var oldText = result.IsNewFile ? string.Empty : result.Before.ToString();
            io.WriteBytes(ConfigEncodingCodec.Encode(UnifiedDiff.Create(oldText, result.After.ToString(), path, path), result.After.Encoding, path));
        }

        if (!result.Written)
        {
            io.ReportInfo($"{path} unchanged (nothing to do).");
            return result;
        }

        io.ReportInfo(result.BackupPath is null ? $"wrote {path}" : $"wrote {path} (backup: {result.BackupPath})");
        return result;
    }

    private static void ReportWarnings(CliIo io, SquidConfig edited)
    {
        foreach (var warning in edited.EditWarnings)
        {
            io.ReportWarning($"{warning.Location.ToDisplayString()}: {warning.Code}: {warning.Message}");
        }
    }
}
