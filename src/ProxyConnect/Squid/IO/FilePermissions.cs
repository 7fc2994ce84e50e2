namespace ProxyConnect.Squid.IO;

/// <summary>Mode bits (<c>0640</c> = 416) and, where known, owner and group of a file.</summary>
/// <param name="Mode">Permission bits (the low 12 bits of <c>st_mode</c>), or <see langword="null"/> when unknown.</param>
/// <param name="Uid">Owner, or <see langword="null"/> when unknown (only Linux reads it).</param>
/// <param name="Gid">Group, or <see langword="null"/> when unknown.</param>
internal readonly record struct FilePermissions(int? Mode, uint? Uid, uint? Gid)
{
    /// <summary>Those of an existing file, symlinks followed: mode, owner and group on Linux, the mode elsewhere on
    /// Unix (.NET has no API for the owner, and <c>struct stat</c> differs per platform), nothing on Windows.</summary>
    public static FilePermissions? Of(string path)
    {
        if (UnixNative.OwnerOf(path) is { } owner)
        {
            return new FilePermissions(owner.Mode, owner.Uid, owner.Gid);
        }

#if NET7_0_OR_GREATER
        if (!System.OperatingSystem.IsWindows())
        {
            return new FilePermissions((int)System.IO.File.GetUnixFileMode(path), null, null);
        }
#endif
        return null;
    }
}
