using System;
using System.Collections.Generic;
using System.IO;

namespace ProxyConnect.Cli.Reload;

/// <summary>Validates a config with the local Squid and reloads the running one.</summary>
internal sealed class SquidReloader
{
    public const string DefaultSquid = "/usr/sbin/squid";
    public const string ConfigVariable = "PROXYCONNECT_CONFIG";

    private const string SystemdRunFolder = "/run/systemd/system";
    private const string ServiceName = "squid";

    private readonly string _squid;
    private readonly string? _command;

    private SquidReloader(string squid, string? command)
    {
        _squid = squid;
        _command = command;
    }

    /// <summary>Finds the squid binary before anything is written, so a missing one fails early.</summary>
    /// <exception cref="IOException">No squid to validate with.</exception>
    public static SquidReloader Create(ReloadOptions options)
    {
        var squid = options.Squid ?? Find() ?? throw new IOException(
            $"--reload needs the local squid to check the new file ('squid -k parse'), but none was found at {DefaultSquid} or on PATH. Give its path with --squid.");
        if (!File.Exists(squid))
        {
            throw new IOException($"--squid {squid}: no such file.");
        }

        return new SquidReloader(squid, options.Command);
    }

    /// <summary><c>squid -k parse -f CONFIG</c>.</summary>
    public ProcessOutcome Validate(string configPath) => ProcessRunner.Run(_squid, new[] { "-k", "parse", "-f", configPath });

    /// <summary>Reloads: the operator's command, else systemd's reload where systemd runs squid, else
    /// <c>squid -k reconfigure -f CONFIG</c>.</summary>
    /// <returns>How it was done and what came of it.</returns>
    public (string How, ProcessOutcome Outcome) Reload(string configPath)
    {
        if (_command != null)
        {
            var environment = new Dictionary<string, string> { [ConfigVariable] = configPath };
            return ($"'{_command}'", ProcessRunner.Run("/bin/sh", new[] { "-c", _command }, environment));
        }

        if (Directory.Exists(SystemdRunFolder) && ProcessRunner.Run("systemctl", new[] { "is-active", "--quiet", ServiceName }).Succeeded)
        {
            return ("systemctl reload squid", ProcessRunner.Run("systemctl", new[] { "reload", ServiceName }));
        }

        return ($"{_squid} -k reconfigure", ProcessRunner.Run(_squid, new[] { "-k", "reconfigure", "-f", configPath }));
    }

    /// <summary>The local squid: <see cref="DefaultSquid"/>, else the first on PATH, else <see langword="null"/>.</summary>
    internal static string? Find()
    {
        if (File.Exists(DefaultSquid))
        {
            return DefaultSquid;
        }

        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, "squid");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
