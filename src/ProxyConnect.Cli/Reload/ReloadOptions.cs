using System.CommandLine;

namespace ProxyConnect.Cli.Reload;

/// <summary>What to do after a file was written: nothing, or validate it with the local Squid and reload the
/// running one.</summary>
/// <param name="Reload"><c>--reload</c>: validate and reload.</param>
/// <param name="Command"><c>--reload-command CMD</c>: reload by running CMD with <c>/bin/sh -c</c> (implies
/// <c>--reload</c>).</param>
/// <param name="Squid"><c>--squid PATH</c>: the squid binary for <c>-k parse</c> and <c>-k reconfigure</c>.</param>
internal sealed record ReloadOptions(bool Reload, string? Command, string? Squid)
{
    public bool Requested => Reload || Command != null;

    /// <summary>Adds <c>--reload</c>, <c>--reload-command</c> and <c>--squid</c> to <paramref name="command"/> and
    /// returns a reader of their values.</summary>
    public static System.Func<ParseResult, ReloadOptions> AddTo(Command command)
    {
        var reload = new Option<bool>("--reload")
        {
            Description = "With --in-place, when the file changed: check it with 'squid -k parse', then reload the running Squid (systemctl reload squid where systemd runs it, else squid -k reconfigure). If either fails, the previous file is put back and the exit code is 2.",
        };
        var reloadCommand = new Option<string>("--reload-command")
        {
            Description = "Reload with this shell command instead (implies --reload; the config's path is in $PROXYCONNECT_CONFIG). Validation with 'squid -k parse' still runs first.",
            HelpName = "CMD",
        };
        var squid = new Option<string>("--squid")
        {
            Description = "The squid binary (a path, not a version: see --squid-version) for validation and reconfigure, and the one --squid-version auto asks (default: /usr/sbin/squid, else squid on PATH).",
            HelpName = "PATH",
        };
        command.Options.Add(reload);
        command.Options.Add(reloadCommand);
        command.Options.Add(squid);
        return result => new ReloadOptions(result.GetValue(reload), result.GetValue(reloadCommand), result.GetValue(squid));
    }
}
