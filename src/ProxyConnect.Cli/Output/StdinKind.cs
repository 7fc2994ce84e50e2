using System;
using System.Runtime.InteropServices;

namespace ProxyConnect.Cli.Output;

/// <summary>What standard input is, which decides whether a command without CONFIG reads it (ripgrep's rule).</summary>
public enum StdinKind
{
    /// <summary>A pipe, a regular file or a socket: it carries data, so a command without CONFIG reads it.</summary>
    Data,

    /// <summary>A terminal: nobody is piping a config in; the embedded default is used, and passwd prompts.</summary>
    Terminal,

    /// <summary>A character device such as <c>/dev/null</c> (what service managers and CI give): no data; the
    /// embedded default is used.</summary>
    Device,
}

/// <summary>Finds out what standard input is.</summary>
internal static class StdinDetector
{
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int RegularFile = 0x8000;
    private const int Socket = 0xC000;

    /// <summary>Not redirected: a terminal. Redirected: on Linux the file type of descriptor 0 decides (pipe, file
    /// or socket: data; anything else, such as <c>/dev/null</c>: a device); elsewhere redirected input counts as data.</summary>
    public static StdinKind Detect()
    {
        if (!Console.IsInputRedirected)
        {
            return StdinKind.Terminal;
        }

        return FileTypeOfStdin() switch
        {
            null or Fifo or RegularFile or Socket => StdinKind.Data,
            CharacterDevice => StdinKind.Device,
            _ => StdinKind.Device,
        };
    }

    /// <summary><c>statx(0, "", AT_EMPTY_PATH)</c>: the struct has one layout on every Linux architecture, so a
    /// hand-written, AOT-friendly P/Invoke with a byte buffer is enough (.NET has no API for a descriptor's type).</summary>
    private static int? FileTypeOfStdin()
    {
        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
        {
            return null;
        }

        var buffer = new byte[256];
        const int atEmptyPath = 0x1000;
        const uint statxType = 0x1;
        try
        {
            return statx(0, new byte[] { 0 }, atEmptyPath, statxType, buffer) == 0 ? BitConverter.ToUInt16(buffer, 28) & TypeMask : null;
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int dirfd, byte[] pathname, int flags, uint mask, byte[] statxbuf);
}
