using System.IO;
using ProxyConnect.Cli.Output;
using ProxyConnect.Squid;

namespace ProxyConnect.Cli.Reload;

/// <summary>The existing write path (<see cref="EditOutput"/>) followed, when asked and only when the file changed,
/// by validation and reload; a failure of either puts the previous file back.</summary>
internal sealed class ReloadingWrite
{
    private readonly EditOutput _output;
    private readonly ReloadOptions _options;
    private readonly SquidReloader? _reloader;

    /// <summary>Checks the options (before anything is read or written): a reload needs <c>--in-place</c> and a
    /// squid to validate with.</summary>
    public ReloadingWrite(EditOutput output, ReloadOptions options)
    {
        _output = output;
        _options = options;
        if (options.Requested)
        {
            if (!output.InPlace)
            {
                throw new UsageException("--reload and --reload-command apply only with --in-place (they reload the file that --in-place writes).");
            }

            _reloader = SquidReloader.Create(options);
        }
    }

    /// <summary>Writes <paramref name="edited"/> as <see cref="EditOutput.Write"/> does, then validates
    /// <paramref name="validatePath"/> (the main config Squid starts with) and reloads.</summary>
    /// <returns>The exit code.</returns>
    public int Write(CliIo io, ConfigInput input, SquidConfig edited, string validatePath)
    {
        var changed = input.IsNew || input.OriginalText != edited.ToString();
        _output.Write(io, input, edited);
        if (_reloader is null)
        {
            return ExitCodes.Success;
        }

        if (!changed)
        {
            io.ReportInfo("not reloading squid: the file did not change.");
            return ExitCodes.Success;
        }

        var path = input.Path!;
        var validation = _reloader.Validate(validatePath);
        if (!validation.Succeeded)
        {
            Restore(input);
            io.ReportError($"squid -k parse refused {validatePath} (exit code {validation.ExitCode}); put the previous {path} back, squid not reloaded.\n{validation.Tail()}");
            return ExitCodes.Failure;
        }

        var (how, reload) = _reloader.Reload(validatePath);
        if (!reload.Succeeded)
        {
            Restore(input);
            io.ReportError($"reload with {how} failed (exit code {reload.ExitCode}); put the previous {path} back (not reloaded again: check that the running squid is healthy).\n{reload.Tail()}");
            return ExitCodes.Failure;
        }

        io.ReportInfo($"validated {validatePath} and reloaded squid ({how}).");
        return ExitCodes.Success;
    }

    /// <summary>Puts the file back as it was before this run: the original bytes, or no file for a new one.</summary>
    private static void Restore(ConfigInput input)
    {
        var path = input.Path!;
        if (input.IsNew)
        {
            File.Delete(path);
            return;
        }

        input.Config.Save(path);
    }
}
