using System.Text;

namespace ProxyConnect.Squid.Tests.Harness;

/// <summary>
/// Turns a config into one that a test can start beside other instances: multi-valued directives that would collide
/// or write outside the instance's folder are commented out, and an overlay of single-valued settings is appended
/// (Squid keeps the last value of a single-valued directive, so the overlay wins).
/// </summary>
public static class SquidTestOverlay
{
    /// <summary>
    /// Multi-valued directives that are commented out: listening ports (would collide with the system Squid or another
    /// instance), cache dirs (shared disk state) and access logs (would write to <c>/var/log/squid</c>).
    /// Only the main file is rewritten; included files are used as they are.
    /// </summary>
    public static readonly IReadOnlyList<string> RemovedDirectives = ["http_port", "https_port", "ftp_port", "cache_dir", "access_log"];

    /// <summary>The prefix put in front of each physical line that is commented out.</summary>
    public const string RemovedPrefix = "#pxc-removed# ";

    /// <summary>
    /// Comments out every physical line of the <see cref="RemovedDirectives"/> (line numbers stay the same, so
    /// cache.log messages still point at the caller's lines) and appends the overlay.
    /// </summary>
    /// <param name="configText">The caller's config.</param>
    /// <param name="folder">The instance's private folder (pid file, logs, core dumps).</param>
    /// <param name="port">The loopback port to listen on.</param>
    /// <returns>The config to start.</returns>
    public static string Apply(string configText, string folder, int port)
    {
        ArgumentNullException.ThrowIfNull(configText);
        ArgumentNullException.ThrowIfNull(folder);
        var newline = configText.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var output = new StringBuilder(configText.Length + 512);
        var continued = false; // the previous directive line ended with '\'
        var removing = false;  // the current logical directive is being removed
        for (var start = 0; start < configText.Length;)
        {
            var newlineAt = configText.IndexOf('\n', start);
            var next = newlineAt < 0 ? configText.Length : newlineAt + 1;
            var line = configText[start..next]; // with its line ending
            start = next;
            var content = line.TrimEnd('\r', '\n');
            var trimmed = content.TrimStart(' ', '\t');
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                // Comment and blank lines inside a continuation are skipped by Squid, so they change no state.
                if (!continued)
                {
                    removing = RemovedDirectives.Contains(DirectiveName(trimmed), StringComparer.Ordinal);
                }

                continued = content.EndsWith('\\');
                if (removing)
                {
                    line = RemovedPrefix + line;
                }
            }

            output.Append(line);
        }

        if (output.Length > 0 && !configText.EndsWith('\n'))
        {
            output.Append(newline);
        }

        foreach (var overlayLine in Overlay(folder, port))
        {
            output.Append(overlayLine).Append(newline);
        }

        return output.ToString();
    }

    /// <summary>The appended lines, for a given folder and port.</summary>
    /// <param name="folder">The instance's private folder.</param>
    /// <param name="port">The loopback port to listen on.</param>
    public static IReadOnlyList<string> Overlay(string folder, int port) =>
    [
        "# --- ProxyConnect test overlay ---",
        $"http_port 127.0.0.1:{port}",
        $"pid_filename {folder}/squid.pid",
        $"cache_log {folder}/cache.log",
        $"access_log stdio:{folder}/access.log",
        $"coredump_dir {folder}",
        "cache_store_log none",
        "netdb_filename none",
        "pinger_enable off",
        "shutdown_lifetime 0 seconds",
        "logfile_rotate 0",
        "cache_mem 8 MB",
        "icp_port 0",
        "htcp_port 0",
        "snmp_port 0",
        "visible_hostname proxyconnect-test",
    ];

    private static string DirectiveName(string trimmed)
    {
        var end = trimmed.IndexOfAny([' ', '\t', '\r']);
        return end < 0 ? trimmed.TrimEnd('\\') : trimmed[..end];
    }
}
