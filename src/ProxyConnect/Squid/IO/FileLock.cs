using System;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace ProxyConnect.Squid.IO;

/// <summary>An advisory, exclusive lock that serialises writers of one file across processes: <c>flock(2)</c> on a
/// lock file beside it (<c>squid.conf.lock</c>). Every writer in this library takes it around load, edit and save,
/// so two edits never overwrite each other; programs that do not take it (an editor, <c>sed -i</c>) are not held
/// back, which is what the change check at save time is for.</summary>
/// <remarks>
/// <para>Linux, macOS and the BSDs: <c>flock(LOCK_EX | LOCK_NB)</c>, retried until the timeout. The lock belongs to
/// the open lock file, so the kernel releases it when the process ends, even on a crash: a lock file left behind
/// is harmless and is never deleted (deleting it would let two processes lock two different files).</para>
/// <para>A file system without <c>flock</c> (some FUSE and network mounts answer ENOLCK or EOPNOTSUPP): the lock
/// is not held (<see cref="IsHeld"/> is false), the write goes on, and only the change check guards it; callers
/// warn. Windows: the lock file is opened with <c>FileShare.None</c>, which the system enforces.</para>
/// <para>.NET itself takes a shared <c>flock</c> on files it opens on a local file system, so opening the lock
/// file can fail while another process holds it: that counts as "busy" too.</para>
/// </remarks>
internal sealed class FileLock : IDisposable
{
    /// <summary>How long a writer waits for another by default.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    private const int SharingViolation = unchecked((int)0x80070020);

    private FileStream? _stream;

    private FileLock(FileStream? stream, string lockPath, bool isHeld)
    {
        _stream = stream;
        LockPath = lockPath;
        IsHeld = isHeld;
    }

    /// <summary>The lock file.</summary>
    public string LockPath { get; }

    /// <summary>False when the file system cannot lock: nothing serialises writers then but the change check.</summary>
    public bool IsHeld { get; }

    /// <summary>The lock file that guards <paramref name="targetPath"/> (a resolved, full path).</summary>
    public static string LockPathFor(string targetPath) => targetPath + ".lock";

    /// <summary>Waits for the lock that guards <paramref name="targetPath"/> (a resolved, full path).</summary>
    /// <exception cref="IOException">Another writer held it for longer than <paramref name="timeout"/>.</exception>
    public static FileLock Acquire(string targetPath, TimeSpan timeout)
    {
        var lockPath = LockPathFor(targetPath);
        var clock = Stopwatch.StartNew();
        var random = new Random();
        while (true)
        {
            var attempt = TryAcquire(lockPath);
            if (attempt != null)
            {
                return attempt;
            }

            if (clock.Elapsed >= timeout)
            {
                throw new IOException(
                    $"Cannot write '{targetPath}': another program has been editing it for more than {timeout.TotalSeconds:0} s (it holds the lock on '{lockPath}'). Try again when it is done.");
            }

            // Random back-off, so that many waiting writers do not retry in step.
            Thread.Sleep(random.Next(2, 20));
        }
    }

    /// <summary>Releases the lock (closing the lock file releases the flock).</summary>
    public void Dispose()
    {
        _stream?.Dispose();
        _stream = null;
    }

    /// <summary>One attempt: the lock, or <see langword="null"/> when another writer holds it.</summary>
    private static FileLock? TryAcquire(string lockPath)
    {
        FileStream stream;
        try
        {
            stream = Open(lockPath);
        }
        catch (IOException ex) when (IsBusy(ex))
        {
            return null;
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            // No lock file can be created here (a read-only folder): the write itself will fail and say why.
            return new FileLock(null, lockPath, isHeld: false);
        }

        if (!UnixNative.IsUnix)
        {
            return new FileLock(stream, lockPath, isHeld: true);
        }

        var fd = (int)stream.SafeFileHandle.DangerousGetHandle();
        while (true)
        {
            if (UnixNative.flock(fd, UnixNative.LockExclusive | UnixNative.LockNonBlocking) == 0)
            {
                return new FileLock(stream, lockPath, isHeld: true);
            }

            var errno = UnixNative.LastError;
            if (UnixNative.IsInterrupted(errno))
            {
                continue;
            }

            if (UnixNative.IsWouldBlock(errno))
            {
                stream.Dispose();
                return null;
            }

            // ENOLCK, EOPNOTSUPP, EINVAL: this file system has no flock.
            return new FileLock(stream, lockPath, isHeld: false);
        }
    }

    /// <summary>Another process holds the file: Windows reports a sharing violation, .NET on Unix the errno of its
    /// own <c>flock</c> (EWOULDBLOCK) as the HResult.</summary>
    private static bool IsBusy(IOException ex) =>
        ex.HResult == SharingViolation || (UnixNative.IsUnix && UnixNative.IsWouldBlock(ex.HResult));

    private static FileStream Open(string lockPath)
    {
#if NET7_0_OR_GREATER
        if (OperatingSystem.IsWindows())
        {
            return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }

        // An empty file that anyone may read: reading is all flock needs, and it holds no data.
        return new FileStream(lockPath, new FileStreamOptions
        {
            Mode = FileMode.OpenOrCreate,
            Access = FileAccess.ReadWrite,
            Share = FileShare.ReadWrite | FileShare.Delete,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead,
        });
#else
        return UnixNative.IsUnix
            ? new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete)
            : new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
#endif
    }
}
