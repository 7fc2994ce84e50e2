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

    /// <summary>The name given to the config file written by <c>Parse</c>.</summary>
    public const string ConfigFileName = "squid.conf";

    /// <summary>Parses config text with the machine's own squid: writes it (and <paramref name="extraFiles"/>) to a fresh temporary folder and parses it there.</summary>
    /// <param name="configText">The content of <c>squid.conf</c>.</param>
    /// <param name="extraFiles">Other files the config reads, by path relative to the folder (e.g. <c>"ips.txt"</c>), with their content.</param>
    /// <returns>What squid said.</returns>
    public static SquidParseResult Parse(string configText, IDictionary<string, string>? extraFiles = null)
    {
        ArgumentNullException.ThrowIfNull(configText);
        var squid = SquidBinary.Require();
        return ParseIn(Directory.CreateTempSubdirectory("pxc-parse-").FullName, configText, extraFiles, (folder, args, lines) => SquidProcess.Start(squid, folder, args, lines));
    }

    /// <summary>Parses config text with <paramref name="install"/>: the files go into a fresh folder it can read (inside its root for a chrooted squid).</summary>
    /// <param name="install">The squid to ask.</param>
    /// <param name="configText">The content of <c>squid.conf</c>.</param>
    /// <param name="extraFiles">Other files the config reads, by path relative to the folder, with their content.</param>
    /// <returns>What squid said.</returns>
    public static SquidParseResult Parse(SquidInstall install, string configText, IDictionary<string, string>? extraFiles = null)
    {
        ArgumentNullException.ThrowIfNull(install);
        ArgumentNullException.ThrowIfNull(configText);
        return ParseIn(install.CreateFolder("pxc-parse-"), configText, extraFiles, install.Start);
    }

    /// <summary>Parses an existing config file, with the file's folder as working directory.</summary>
    /// <param name="path">The config file.</param>
    /// <returns>What squid said.</returns>
    public static SquidParseResult ParseFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var squid = SquidBinary.Require();
        var fullPath = Path.GetFullPath(path);
        return Run((folder, args, lines) => SquidProcess.Start(squid, folder, args, lines), Path.GetDirectoryName(fullPath)!, Path.GetFileName(fullPath));
    }

    /// <summary>Parses an existing config file with <paramref name="install"/>, with the file's folder as working
    /// directory: in place for the machine's own squid, else in <paramref name="folderCopy"/> (a copy of the file's folder
    /// inside the root, so that relative names resolve as they do on the host).</summary>
    /// <param name="install">The squid to ask.</param>
    /// <param name="path">The config file.</param>
    /// <param name="folderCopy">For a chrooted squid: the host path of the copy of the file's folder inside its root.</param>
    /// <returns>What squid said.</returns>
    public static SquidParseResult ParseFile(SquidInstall install, string path, string? folderCopy)
    {
        ArgumentNullException.ThrowIfNull(install);
        ArgumentNullException.ThrowIfNull(path);
        var fullPath = Path.GetFullPath(path);
        var folder = install.Root == null || folderCopy == null ? Path.GetDirectoryName(fullPath)! : folderCopy;
        return Run(install.Start, folder, Path.GetFileName(fullPath));
    }

    private static SquidParseResult ParseIn(string folder, string configText, IDictionary<string, string>? extraFiles, Starter start)
    {
        try
        {
            TempFiles.Write(folder, ConfigFileName, configText);
            foreach (var (name, content) in extraFiles ?? new Dictionary<string, string>())
            {
                TempFiles.Write(folder, name, content);
            }

            return Run(start, folder, ConfigFileName);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private delegate System.Diagnostics.Process Starter(string workingFolder, IReadOnlyList<string> arguments, List<string> lines);

    private static SquidParseResult Run(Starter start, string folder, string fileName)
    {
        var lines = new List<string>();
        using var process = start(folder, ["-k", "parse", "-f", fileName], lines);
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"squid -k parse -f {Path.Combine(folder, fileName)} did not finish within {Timeout.TotalSeconds} s");
        }

        process.WaitForExit(); // drains the asynchronous readers
        lock (lines)
        {
            return new SquidParseResult(process.ExitCode, lines.ToList());
        }
    }
}
