using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ProxyConnect.Squid.Tests.Harness;

/// <summary>
/// A real Squid started for one test on a free loopback port, with its own folder, pid file, logs and shared-memory
/// name, so that several can run at once. Dispose it to stop it and remove everything it left.
/// </summary>
/// <remarks>
/// Measured with Debian's squid 5.7: listening about 0.2 s after start; a SIGTERM stop takes about 1.8 s with
/// <c>shutdown_lifetime 0 seconds</c> (Squid's event loop still runs a few one-second steps). Squid started as root
/// drops to user <c>proxy</c>, so the folder is made writable for everyone. Readiness is read from cache.log
/// (<c>Accepting HTTP Socket connections</c>) instead of by a TCP probe, because a probe that sends no request is
/// logged in access.log as <c>error:transaction-end-before-headers</c>.
/// </remarks>
public sealed class LiveSquid : IAsyncDisposable
{
    /// <summary>How long <c>StartAsync</c> waits for the port to listen.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    /// <summary>How long a graceful stop (SIGTERM) may take before the process is killed.</summary>
    public static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(8);

    private const string ReadyMarker = "Accepting HTTP Socket connections at ";
    private const string PortBusyMarker = "Unable to open HTTP Socket";
    private const int StartAttempts = 3;
    private const int SigTerm = 15;

    private readonly Process process;
    private readonly List<string> consoleLines;
    private int disposed;

    private LiveSquid(SquidInstall install, Process process, List<string> consoleLines, string folder, string serviceName, int port)
    {
        Install = install;
        this.process = process;
        this.consoleLines = consoleLines;
        Folder = folder;
        ServiceName = serviceName;
        Port = port;
    }

    /// <summary>The Squid that runs.</summary>
    public SquidInstall Install { get; }

    /// <summary>The loopback port Squid listens on (address 127.0.0.1).</summary>
    public int Port { get; }

    /// <summary>The instance's private folder as a host path (inside the root for a chrooted Squid): <c>squid.conf</c>, extra files, pid file and logs.</summary>
    public string Folder { get; }

    /// <summary>The unique service name given with <c>-n</c>; it names the <c>/dev/shm/&lt;name&gt;-*.shm</c> segments.</summary>
    public string ServiceName { get; }

    /// <summary>The config file actually started (the caller's text plus <see cref="SquidTestOverlay"/>).</summary>
    public string ConfigPath => Path.Combine(Folder, SquidParser.ConfigFileName);

    /// <summary>The id of the squid process.</summary>
    public int ProcessId => process.Id;

    /// <summary>The exit code once <see cref="DisposeAsync"/> has stopped squid: 0 after a graceful stop, 137 after a kill.</summary>
    public int? ExitCode { get; private set; }

    /// <summary>
    /// Starts the machine's own squid with <paramref name="configText"/> after <see cref="SquidTestOverlay.Apply"/>.
    /// Skips or fails the test as <see cref="SquidBinary.Require()"/> does when squid is missing.
    /// </summary>
    /// <param name="configText">The config; its <c>http_port</c> (and other colliding) lines are commented out.</param>
    /// <param name="extraFiles">Other files the config reads, by path relative to the instance folder.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The running instance.</returns>
    /// <exception cref="InvalidOperationException">Squid exited or did not listen within <see cref="StartTimeout"/>; the message holds cache.log.</exception>
    public static Task<LiveSquid> StartAsync(string configText, IDictionary<string, string>? extraFiles = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configText);
        return StartAsync(SquidVersions.Host(), configText, extraFiles, cancellationToken);
    }

    /// <summary>
    /// Starts <paramref name="install"/> with <paramref name="configText"/> after <see cref="SquidTestOverlay.Apply"/>,
    /// in a folder it can reach (inside its root for a chrooted Squid; the overlay names the in-root paths).
    /// </summary>
    /// <param name="install">The squid to start.</param>
    /// <param name="configText">The config; its <c>http_port</c> (and other colliding) lines are commented out.</param>
    /// <param name="extraFiles">Other files the config reads, by path relative to the instance folder.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The running instance.</returns>
    /// <exception cref="InvalidOperationException">Squid exited or did not listen within <see cref="StartTimeout"/>; the message holds cache.log.</exception>
    public static async Task<LiveSquid> StartAsync(SquidInstall install, string configText, IDictionary<string, string>? extraFiles = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(install);
        ArgumentNullException.ThrowIfNull(configText);
        for (var attempt = 1; ; attempt++)
        {
            // squid started by root runs as user proxy and must write its logs and pid file here (the folder is mode 777).
            var folder = install.CreateFolder("pxc-squid-");
            var serviceName = "pxc" + Guid.NewGuid().ToString("N")[..16];
            var port = LoopbackPorts.GetFree();
            TempFiles.Write(folder, SquidParser.ConfigFileName, SquidTestOverlay.Apply(configText, install.SquidPath(folder), port));
            foreach (var (name, content) in extraFiles ?? new Dictionary<string, string>())
            {
                TempFiles.Write(folder, name, content);
            }

            var instance = Launch(install, folder, serviceName, port);
            string? failure;
            try
            {
                failure = await instance.WaitUntilListeningAsync(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await instance.DisposeAsync().ConfigureAwait(false);
                throw;
            }

            if (failure == null)
            {
                return instance;
            }

            var log = instance.CacheLog();
            await instance.DisposeAsync().ConfigureAwait(false);
            // Another process may take the free port between the probe and squid's bind: try another one.
            if (attempt < StartAttempts && log.Contains(PortBusyMarker, StringComparison.Ordinal))
            {
                continue;
            }

            throw new InvalidOperationException($"{failure}{Environment.NewLine}--- cache.log ---{Environment.NewLine}{log}");
        }
    }

    /// <summary>The lines of access.log so far (Squid logs a CONNECT when its tunnel closes).</summary>
    public IReadOnlyList<string> AccessLogLines() =>
        ReadShared(Path.Combine(Folder, "access.log")).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Waits until an access.log line satisfies <paramref name="predicate"/>.</summary>
    /// <param name="predicate">The condition on a line.</param>
    /// <param name="timeout">How long to wait; 15 s when <c>null</c>.</param>
    /// <returns>The first matching line.</returns>
    /// <exception cref="TimeoutException">No line matched in time; the message holds the log.</exception>
    public async Task<string> WaitForAccessLogAsync(Func<string, bool> predicate, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var lines = AccessLogLines();
            var match = lines.FirstOrDefault(predicate);
            if (match != null)
            {
                return match;
            }

            if (deadline.Elapsed > (timeout ?? TimeSpan.FromSeconds(15)))
            {
                throw new TimeoutException("no matching access.log line; the log has:" + Environment.NewLine + string.Join(Environment.NewLine, lines));
            }

            await Task.Delay(50).ConfigureAwait(false);
        }
    }

    /// <summary>The content of cache.log so far, followed by anything squid wrote to its console.</summary>
    public string CacheLog()
    {
        var log = ReadShared(Path.Combine(Folder, "cache.log"));
        lock (consoleLines)
        {
            return consoleLines.Count == 0 ? log : log + "--- console ---" + Environment.NewLine + string.Join(Environment.NewLine, consoleLines);
        }
    }

    /// <summary>
    /// Stops squid (SIGTERM, then a kill of its process tree after <see cref="StopTimeout"/>), removes its
    /// <c>/dev/shm/&lt;service name&gt;-*</c> segments (a squid that died early leaves them) and its folder.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        try
        {
            if (!process.HasExited)
            {
                SendTerm();
                using var timeout = new CancellationTokenSource(StopTimeout);
                try
                {
                    await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync().ConfigureAwait(false);
                }
            }
        }
        finally
        {
            ExitCode = process.HasExited ? process.ExitCode : null;
            process.Dispose();
            if (Directory.Exists(Install.SharedMemoryFolder))
            {
                foreach (var segment in Directory.EnumerateFiles(Install.SharedMemoryFolder, ServiceName + "-*"))
                {
                    File.Delete(segment);
                }
            }

            Directory.Delete(Folder, recursive: true);
        }
    }

    private static LiveSquid Launch(SquidInstall install, string folder, string serviceName, int port)
    {
        var console = new List<string>();
        var process = install.Start(folder, ["-N", "-n", serviceName, "-f", SquidParser.ConfigFileName], console);
        return new LiveSquid(install, process, console, folder, serviceName, port);
    }

    /// <returns><c>null</c> once listening, else why not.</returns>
    private async Task<string?> WaitUntilListeningAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var marker = ReadyMarker; // 5 and later add "connN" after it, 4 does not
        var local = $"local=127.0.0.1:{Port} ";
        while (clock.Elapsed < StartTimeout)
        {
            var log = ReadShared(Path.Combine(Folder, "cache.log"));
            if (log.Split('\n').Any(line => line.Contains(marker, StringComparison.Ordinal) && line.Contains(local, StringComparison.Ordinal)))
            {
                return null;
            }

            if (process.HasExited)
            {
                await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
                return $"squid exited with code {process.ExitCode} before listening on 127.0.0.1:{Port}";
            }

            await Task.Delay(25, cancellationToken).ConfigureAwait(false);
        }

        return $"squid did not listen on 127.0.0.1:{Port} within {StartTimeout.TotalSeconds} s";
    }

    private static string ReadShared(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
        catch (FileNotFoundException)
        {
            return string.Empty;
        }
    }

    /// <summary>SIGTERM, Squid's graceful stop (Process.Kill sends SIGKILL, which skips Squid's own cleanup).</summary>
    private void SendTerm()
    {
        try
        {
            _ = kill(process.Id, SigTerm);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            process.Kill(entireProcessTree: true);
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
