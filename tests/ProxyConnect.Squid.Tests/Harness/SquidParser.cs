namespace ProxyConnect.Squid.Tests.Harness;

/// <summary>
/// Runs <c>squid -k parse -f FILE</c> in the file's folder, as Squid's own <c>test-suite/test-squid-conf.sh</c> does,
/// so that relative paths in the config resolve against that folder.
/// </summary>
/// <remarks>
/// Squid 5.7 (Debian) run as root or as an unprivileged user prints no pid-file or cache-dir complaint with
/// <c>-k parse</c>, so no line is filtered as noise. After a FATAL it prints <c>Not currently OK to rewrite swap log.</c>
/// and <c>storeDirWriteCleanLogs: Operation aborted.</c>; they carry no ERROR/WARNING/FATAL tag and so are never
/// classified. Only the <c>Processing:</c> echo lines are excluded from classification (<see cref="SquidParseResult.IsEcho"/>).
/// <c>-k parse</c> writes nothing into the config's folder, so read-only folders can be parsed in place.
/// </remarks>
public static class SquidParser
{
    /// <summary>How long one <c>squid -k parse</c> may take before it is killed (it takes about 0.2 s here).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>The name given to the config file written by <see cref="Parse"/>.</summary>
    public const string ConfigFileName = "squid.conf";

    /// <summary>Parses config text: writes it (and <paramref name="extraFiles"/>) to a fresh temporary folder and parses it there.</summary>
    /// <param name="configText">The content of <c>squid.conf</c>.</param>
    /// <param name="extraFiles">Other files the config reads, by path relative to the folder (e.g. <c>"ips.txt"</c>), with their content.</param>
    /// <returns>What squid said.</returns>
    public static SquidParseResult Parse(string configText, IDictionary<string, string>? extraFiles = null)
    {
        ArgumentNullException.ThrowIfNull(configText);
        var squid = SquidBinary.Require();
        var folder = Directory.CreateTempSubdirectory("pxc-parse-");
        try
        {
            TempFiles.Write(folder.FullName, ConfigFileName, configText);
            foreach (var (name, content) in extraFiles ?? new Dictionary<string, string>())
            {
                TempFiles.Write(folder.FullName, name, content);
            }

            return Run(squid, Path.Combine(folder.FullName, ConfigFileName));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Parses an existing config file, with the file's folder as working directory.</summary>
    /// <param name="path">The config file.</param>
    /// <returns>What squid said.</returns>
    public static SquidParseResult ParseFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Run(SquidBinary.Require(), Path.GetFullPath(path));
    }

    private static SquidParseResult Run(string squid, string fullPath)
    {
        var lines = new List<string>();
        using var process = SquidProcess.Start(squid, Path.GetDirectoryName(fullPath)!, ["-k", "parse", "-f", Path.GetFileName(fullPath)], lines);
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"squid -k parse -f {fullPath} did not finish within {Timeout.TotalSeconds} s");
        }

        process.WaitForExit(); // drains the asynchronous readers
        lock (lines)
        {
            return new SquidParseResult(process.ExitCode, lines.ToList());
        }
    }
}
