using System;
using System.Runtime.InteropServices;
using System.Text;

namespace ProxyConnect.Squid.IO;

/// <summary>The few libc calls that .NET has no API for: locking (<c>flock</c>), ownership (<c>fchown</c>,
/// <c>statx</c>, <c>geteuid</c>) and, for netstandard2.0, <c>fchmod</c> and <c>readlink</c>.</summary>
/// <remarks>Hand-written <c>DllImport</c>s with integer arguments and byte arrays only (paths are passed as
/// NUL-terminated UTF-8 bytes), so they need no runtime marshalling and work under native AOT and trimming.
/// <c>LibraryImport</c> would need unsafe code in the library and does not exist for netstandard2.0, which this
/// file serves as well. <c>statx</c> is used rather than <c>stat</c> because its structure has one layout on every
/// Linux architecture, while <c>struct stat</c> differs between x64 and arm64 (and glibc versions).</remarks>
internal static class UnixNative
{
    public const int LockExclusive = 2;
    public const int LockNonBlocking = 4;
    public const int LockUnlock = 8;

    /// <summary><c>(uid_t)-1</c>: leave the owner (or group) as it is.</summary>
    public const uint Unchanged = uint.MaxValue;

    private const string Libc = "libc";
    private const int AtCurrentDirectory = -100;
    private const uint StatxBasicStats = 0x7ff;
    private const int StatxSize = 256;

    /// <summary>Whether this is Linux, where every call here exists.</summary>
    public static bool IsLinux => RuntimeInformation.IsOSPlatform(OSPlatform.Linux);

    /// <summary>Whether this is a Unix with <c>flock</c> and <c>fchown</c> (Linux, macOS, FreeBSD).</summary>
    public static bool IsUnix => IsLinux || RuntimeInformation.IsOSPlatform(OSPlatform.OSX) || RuntimeInformation.IsOSPlatform(OSPlatform.Create("FREEBSD"));

    /// <summary>The errno of the last call.</summary>
    public static int LastError => Marshal.GetLastWin32Error();

    /// <summary>Whether errno means "someone else holds the lock": EWOULDBLOCK is 11 on Linux, 35 on macOS and the BSDs.</summary>
    public static bool IsWouldBlock(int errno) => errno == (IsLinux ? 11 : 35);

    /// <summary>Whether errno is EINTR (4 everywhere).</summary>
    public static bool IsInterrupted(int errno) => errno == 4;

    /// <summary>Owner, group and mode of a file (symlinks followed), or <see langword="null"/> where this cannot be
    /// read (not Linux, or a kernel or C library without <c>statx</c>).</summary>
    public static (uint Uid, uint Gid, int Mode)? OwnerOf(string path)
    {
        if (!IsLinux)
        {
            return null;
        }

        var buffer = new byte[StatxSize];
        try
        {
            if (statx(AtCurrentDirectory, PathBytes(path), 0, StatxBasicStats, buffer) != 0)
            {
                return null;
            }
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }

        // struct statx: u32 stx_mask, u32 stx_blksize, u64 stx_attributes, u32 stx_nlink, u32 stx_uid, u32 stx_gid, u16 stx_mode.
        return (BitConverter.ToUInt32(buffer, 20), BitConverter.ToUInt32(buffer, 24), BitConverter.ToUInt16(buffer, 28) & 0xFFF);
    }

    /// <summary>The file type bits (<c>S_IFMT</c>) of an open descriptor, or <see langword="null"/> where unknown.</summary>
    public static int? FileTypeOf(int fd)
    {
        if (!IsLinux)
        {
            return null;
        }

        var buffer = new byte[StatxSize];
        const int atEmptyPath = 0x1000;
        try
        {
            return statx(fd, new byte[] { 0 }, atEmptyPath, StatxBasicStats, buffer) == 0 ? BitConverter.ToUInt16(buffer, 28) & 0xF000 : null;
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The target of a symbolic link as written (relative or absolute), or <see langword="null"/> when
    /// <paramref name="path"/> is not a link.</summary>
    public static string? ReadLink(string path)
    {
        var buffer = new byte[4096];
        var length = readlink(PathBytes(path), buffer, (IntPtr)buffer.Length).ToInt64();
        return length <= 0 ? null : Encoding.UTF8.GetString(buffer, 0, (int)length);
    }

    public static byte[] PathBytes(string path)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(path) + 1];
        Encoding.UTF8.GetBytes(path, 0, path.Length, bytes, 0);
        return bytes;
    }

    [DllImport(Libc, SetLastError = true)]
    public static extern int flock(int fd, int operation);

    [DllImport(Libc, SetLastError = true)]
    public static extern int fchown(int fd, uint owner, uint group);

    [DllImport(Libc, SetLastError = true)]
    public static extern int fchmod(int fd, uint mode);

    [DllImport(Libc)]
    public static extern uint geteuid();

    [DllImport(Libc, SetLastError = true)]
    private static extern int statx(int dirfd, byte[] pathname, int flags, uint mask, byte[] statxbuf);

    [DllImport(Libc, SetLastError = true)]
    private static extern IntPtr readlink(byte[] path, byte[] buffer, IntPtr size);
}
