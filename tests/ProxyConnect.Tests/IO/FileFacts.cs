using System.Diagnostics;

namespace ProxyConnect.Tests.IO;

/// <summary>Owner, group and mode of a file as the system reports them (<c>stat</c>), independent of the code under test.</summary>
internal static class FileFacts
{
    public static (int Uid, int Gid, string Mode) Of(string path)
    {
        var start = new ProcessStartInfo("stat", new[] { "-L", "-c", "%u %g %a", path }) { RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var parts = process.StandardOutput.ReadToEnd().Trim().Split(' ');
        process.WaitForExit();
        return (int.Parse(parts[0]), int.Parse(parts[1]), parts[2]);
    }

    public static void Chown(string path, int uid, int gid) => Run("chown", $"{uid}:{gid}", path);

    public static void Run(string file, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args))!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(" ", args)} exited {process.ExitCode}");
        }
    }

    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>Skips (printing why) unless the test can hand files to another owner.</summary>
    public static void RequireRoot() => Skip.IfNot(IsRoot, "changing a file's owner needs root; run the tests as root (CI does) to check that owner and group are kept");

    /// <summary>uid and gid of Debian's 'proxy' user (Squid's effective user), or null when there is none.</summary>
    public static (int Uid, int Gid)? Proxy()
    {
        var line = File.ReadLines("/etc/passwd").FirstOrDefault(l => l.StartsWith("proxy:", StringComparison.Ordinal));
        if (line is null)
        {
            return null;
        }

        var fields = line.Split(':');
        return (int.Parse(fields[2]), int.Parse(fields[3]));
    }
}
