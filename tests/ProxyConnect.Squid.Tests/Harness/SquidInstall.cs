using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ProxyConnect.Squid.Tests.Harness;

/// <summary>
/// One installed Squid: the machine's own (<see cref="Root"/> is <c>null</c>) or one inside a Debian chroot built by
/// <c>.ci/install-squid-versions</c>. Parses configs with <c>-k parse</c> and starts live loopback instances; files
/// are written inside the root and Squid is given their in-root paths, since a chrooted Squid sees nothing else.
/// </summary>
/// <remarks>
/// A chrooted Squid shares the host's network, so its loopback listener is reachable from the tests. It is run as
/// <c>chroot ROOT /bin/sh -c 'cd DIR &amp;&amp; exec squid ARGS'</c>: chroot(1) changes the working directory to the
/// new root, and configs resolve relative <c>include</c> paths against the working directory, which must be the
/// config's own folder as on the host. Both <c>chroot</c> and <c>sh</c> exec, so the process id is Squid's own.
/// </remarks>
public sealed partial class SquidInstall
{
    private const string ChrootExecutable = "/usr/sbin/chroot";

    private SquidInstall(string versionOutput, string version, string? root, string executable, string origin)
    {
        Target = ProxyConnect.Squid.Knowledge.SquidTarget.FromVersionOutput(versionOutput);
        Version = version;
        Major = int.Parse(version.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture);
        Root = root;
        Executable = executable;
        Origin = origin;
    }

    /// <summary>The target this Squid is (version and TLS library, from <c>squid -v</c>); <c>null</c> for a version ProxyConnect does not know.</summary>
    public ProxyConnect.Squid.Knowledge.SquidTarget? Target { get; }

    /// <summary>The major version (4, 5, 6, 7).</summary>
    public int Major { get; }

    /// <summary>The version as <c>squid -v</c> prints it, e.g. <c>6.13</c>.</summary>
    public string Version { get; }

    /// <summary>The chroot this Squid lives in, or <c>null</c> for the machine's own Squid.</summary>
    public string? Root { get; }

    /// <summary>The squid executable: a host path, or the command name inside <see cref="Root"/>.</summary>
    public string Executable { get; }

    /// <summary>Where it comes from, for messages: <c>host /usr/sbin/squid</c> or the root's folder name.</summary>
    public string Origin { get; }

    /// <summary>Where this Squid keeps its shared-memory segments, as a host path.</summary>
    public string SharedMemoryFolder => HostPath("/dev/shm");

    /// <summary>The machine's own squid at <paramref name="executable"/>, or <c>null</c> when <c>squid -v</c> names no version.</summary>
    /// <param name="executable">The squid executable.</param>
    public static SquidInstall? OnHost(string executable)
    {
        ArgumentNullException.ThrowIfNull(executable);
        var output = RunToEnd(executable, ["-v"]);
        var version = ParseVersion(output);
        return version == null ? null : new SquidInstall(output, version, null, executable, "host " + executable);
    }

    /// <summary>The squid inside the chroot <paramref name="root"/>, or <c>null</c> when there is none (or it cannot be run).</summary>
    /// <param name="root">A root folder made by <c>.ci/install-squid-versions</c>.</param>
    public static SquidInstall? InRoot(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var output = RunToEnd(ChrootExecutable, [root, "/bin/sh", "-c", "command -v squid >/dev/null && exec squid -v"]);
        var version = ParseVersion(output);
        return version == null ? null : new SquidInstall(output, version, root, "squid", $"chroot {root}");
    }

    /// <summary>The version in the output of <c>squid -v</c> (<c>Squid Cache: Version 6.13</c>), or <c>null</c>.</summary>
    /// <param name="versionOutput">What <c>squid -v</c> printed.</param>
    public static string? ParseVersion(string versionOutput)
    {
        ArgumentNullException.ThrowIfNull(versionOutput);
        var match = VersionPattern().Match(versionOutput);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>Parses <paramref name="configText"/> with this Squid's <c>-k parse</c>: the text (and
    /// <paramref name="extraFiles"/>) goes into a fresh folder, inside the root for a chrooted Squid.</summary>
    /// <param name="configText">The content of <c>squid.conf</c>.</param>
    /// <param name="extraFiles">Other files the config reads, by path relative to its folder, with their content.</param>
    /// <returns>What squid said.</returns>
    public SquidParseResult Parse(string configText, IDictionary<string, string>? extraFiles = null) =>
        SquidParser.Parse(this, configText, extraFiles);

    /// <summary>Starts a live instance on a free loopback port (see <see cref="LiveSquid.StartAsync(SquidInstall, string, IDictionary{string, string}?, CancellationToken)"/>).</summary>
    /// <param name="configText">The config.</param>
    /// <param name="extraFiles">Other files the config reads, relative to the instance folder.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The running instance.</returns>
    public Task<LiveSquid> StartAsync(string configText, IDictionary<string, string>? extraFiles = null, CancellationToken cancellationToken = default) =>
        LiveSquid.StartAsync(this, configText, extraFiles, cancellationToken);

    /// <summary>A new empty folder this Squid can read and write (mode 777: Squid started as root runs as <c>proxy</c>), as a host path.</summary>
    /// <param name="prefix">The start of its name.</param>
    public string CreateFolder(string prefix)
    {
        var parent = Root == null ? Path.GetTempPath() : HostPath("/tmp");
        var folder = Path.Combine(parent, prefix + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_111);
        }

        return folder;
    }

    /// <summary>How this Squid sees the host path <paramref name="hostPath"/> (which must lie inside the root).</summary>
    /// <param name="hostPath">A path on the host.</param>
    /// <exception cref="ArgumentException">The path is outside the root.</exception>
    public string SquidPath(string hostPath)
    {
        ArgumentNullException.ThrowIfNull(hostPath);
        if (Root == null)
        {
            return hostPath;
        }

        var full = Path.GetFullPath(hostPath);
        var root = Path.GetFullPath(Root).TrimEnd('/');
        if (!full.StartsWith(root + "/", StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{hostPath}' is outside the root {Root}; a chrooted squid cannot read it", nameof(hostPath));
        }

        return full[root.Length..];
    }

    /// <summary>The host path of <paramref name="squidPath"/> as this Squid sees it.</summary>
    /// <param name="squidPath">An absolute path inside the root.</param>
    public string HostPath(string squidPath)
    {
        ArgumentNullException.ThrowIfNull(squidPath);
        return Root == null ? squidPath : Path.Combine(Root, squidPath.TrimStart('/'));
    }

    /// <summary>Starts this squid with <paramref name="arguments"/> in <paramref name="workingFolder"/> (a host path inside the root), its console collected into <paramref name="lines"/>.</summary>
    internal Process Start(string workingFolder, IReadOnlyList<string> arguments, List<string> lines)
    {
        if (Root == null)
        {
            return SquidProcess.Start(Executable, workingFolder, arguments, lines);
        }

        string[] chrooted = [Root, "/bin/sh", "-c", "cd \"$1\" && shift && exec squid \"$@\"", "sh", SquidPath(workingFolder), .. arguments];
        return SquidProcess.Start(ChrootExecutable, workingFolder, chrooted, lines);
    }

    /// <inheritdoc />
    public override string ToString() => $"Squid {Version} ({Origin})";

    private static string RunToEnd(string executable, IReadOnlyList<string> arguments)
    {
        var lines = new List<string>();
        try
        {
            using var process = SquidProcess.Start(executable, Path.GetTempPath(), arguments, lines);
            if (!process.WaitForExit(SquidParser.Timeout))
            {
                process.Kill(entireProcessTree: true);
                return string.Empty;
            }

            process.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return string.Empty; // not executable here (no chroot, no permission)
        }

        lock (lines)
        {
            return string.Join('\n', lines);
        }
    }

    [GeneratedRegex(@"Version (\d+\.\d+(?:\.\d+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();
}
