using System;
using System.IO;
using ProxyConnect.Cli.Output;
using ProxyConnect.Squid;
using ProxyConnect.Squid.IO;

namespace ProxyConnect.Cli.Reload;

/// <summary>The write path of the editing commands (<see cref="EditOutput"/>) followed, when asked and only when the
/// file changed, by validation and reload; a failure of either puts the previous file back.</summary>
internal sealed class ReloadingWrite
{
    private readonly EditOutput _output;
    private readonly SquidReloader? _reloader;

    /// <summary>Checks the options (before anything is read or written): a reload needs <c>--in-place</c> and a
    /// squid to validate with.</summary>
    public ReloadingWrite(EditOutput output, ReloadOptions options)
    {
        _output = output;
        if (options.Requested)
        {
            if (!output.InPlace)
            {
                throw new UsageException("--reload and --reload-command apply only with --in-place (they reload the file that --in-place writes).");
            }

            _reloader = SquidReloader.Create(options);
        }
    }

    /// <summary>Prints <paramref name="edited"/> (or its diff): nothing is written, so nothing is reloaded.</summary>
    /// <returns>The exit code.</returns>
    public int Print(CliIo io, ConfigInput input, SquidConfig edited)
    {
        _output.Write(io, input, edited);
        return ExitCodes.Success;
    }

    /// <summary>Edits <paramref name="path"/> in place under its lock (<see cref="EditOutput.WriteInPlace"/>), then,
    /// when a reload was asked for and the file changed, validates <paramref name="validatePath"/> (the main config
    /// Squid starts with) and reloads.</summary>
    /// <param name="io">The console.</param>
    /// <param name="path">The file to edit.</param>
    /// <param name="edit">The edit; it runs once, under the lock, on the file as read there.</param>
    /// <param name="validatePath">The main config to validate.</param>
    /// <param name="createIfMissing">Create the file (a conf.d sensor file) when it does not exist.</param>
    /// <param name="report">Called with the outcome of the edit, before any reload (to say what happened).</param>
    /// <returns>The exit code.</returns>
    public int WriteInPlace(CliIo io, string path, Func<SquidConfig, SquidConfig> edit, string validatePath, bool createIfMissing = false, Action<ConfigFileEdit>? report = null)
    {
        var result = _output.WriteInPlace(io, path, edit, createIfMissing);
        report?.Invoke(result);
        if (_reloader is null)
        {
            return ExitCodes.Success;
        }

        if (!result.Written)
        {
            io.ReportInfo("not reloading squid: the file did not change.");
            return ExitCodes.Success;
        }

        var validation = _reloader.Validate(validatePath);
        if (!validation.Succeeded)
        {
            Restore(result, path);
            io.ReportError($"squid -k parse refused {validatePath} (exit code {validation.ExitCode}); put the previous {path} back, squid not reloaded.\n{validation.Tail()}");
            return ExitCodes.Failure;
        }

        var (how, reload) = _reloader.Reload(validatePath);
        if (!reload.Succeeded)
        {
            Restore(result, path);
            io.ReportError($"reload with {how} failed (exit code {reload.ExitCode}); put the previous {path} back (not reloaded again: check that the running squid is healthy).\n{reload.Tail()}");
            return ExitCodes.Failure;
        }

        io.ReportInfo($"validated {validatePath} and reloaded squid ({how}).");
        return ExitCodes.Success;
    }

    /// <summary>Puts the file back as it was before this run: the original bytes, or no file for a new one. The save
    /// still refuses to overwrite a change another writer made in the meantime.</summary>
    private static void Restore(ConfigFileEdit result, string path)
    {
        if (result.IsNewFile)
        {
            File.Delete(path);
            return;
        }

        result.Before.Save(path);
    }
}
