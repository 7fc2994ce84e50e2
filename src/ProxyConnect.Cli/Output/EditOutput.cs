using ProxyConnect.Squid;

namespace ProxyConnect.Cli.Output;

/// <summary>How add-sensor and remove-sensor hand back an edited config: the whole text on stdout, a diff, or the
/// file rewritten in place.</summary>
/// <param name="InPlace">Save over the file (atomically) instead of printing it.</param>
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

    /// <summary>Prints or saves <paramref name="edited"/>, a version of <paramref name="input"/>.</summary>
    public void Write(CliIo io, ConfigInput input, SquidConfig edited)
    {
        foreach (var warning in edited.EditWarnings)
        {
            io.ReportWarning($"{warning.Location.ToDisplayString()}: {warning.Code}: {warning.Message}");
        }

        var oldText = input.OriginalText;
        var newText = edited.ToString();
        var bytes = input.Encode(edited);

        if (Diff)
        {
            var name = input.DisplayName;
            io.WriteBytes(ConfigBytes.Encode(UnifiedDiff.Create(oldText, newText, name, name), input.Encoding, name));
        }

        if (InPlace)
        {
            var path = input.Path!;
            if (oldText == newText && !input.IsNew)
            {
                io.ReportInfo($"{path} unchanged (nothing to do).");
                return;
            }

            var backupPath = edited.Save(path, Backup);
            io.ReportInfo(backupPath is null ? $"wrote {path}" : $"wrote {path} (backup: {backupPath})");
            return;
        }

        if (!Diff)
        {
            io.WriteBytes(bytes);
        }
    }
}
