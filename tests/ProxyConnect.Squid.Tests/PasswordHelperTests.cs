using System.Diagnostics;
using ProxyConnect.Squid.Auth;
using ProxyConnect.Squid.Tests.Harness;

namespace ProxyConnect.Squid.Tests;

/// <summary>Issue 17: a password file written by the library (or by proxyconnect passwd) is read by Squid's own
/// basic_ncsa_auth helper running as Squid's user, proxy: a new file is not world-readable, so this only works
/// because it gets proxy's group.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PasswordHelperTests : IDisposable
{
    private const string Helper = "/usr/lib/squid/basic_ncsa_auth";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("pxc-helper-");

    /// <inheritdoc/>
    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>OK for the right password, ERR for a wrong one, with the file mode the library chose.</summary>
    [SkippableFact]
    public void Basic_ncsa_auth_running_as_proxy_accepts_the_password_and_refuses_a_wrong_one()
    {
        SquidBinary.Require();
        Skip.IfNot(File.Exists(Helper), $"{Helper} is missing (Debian's squid package installs it)");
        Skip.IfNot(Environment.UserName == "root", "running the helper as the proxy user needs root (runuser); CI runs as root");
        // Squid's folders are traversable by proxy; a fresh temporary folder is not.
        File.SetUnixFileMode(_folder.FullName, (UnixFileMode)0x1ED);
        var path = Path.Combine(_folder.FullName, "passwords");

        PasswordFile.Edit(path, f => f.SetPassword("sensor1", "s3cret pass"));

        File.GetUnixFileMode(path).HasFlag(UnixFileMode.OtherRead).Should().BeFalse("hashes must never be world-readable");
        AskHelper(path, "sensor1 s3cret%20pass").Should().Be("OK");
        AskHelper(path, "sensor1 wrong").Should().StartWith("ERR");
    }

    /// <summary>One request to the helper as proxy: "user password" (URL-escaped, as Squid sends it), one answer line.</summary>
    private static string AskHelper(string passwordFile, string request)
    {
        var start = new ProcessStartInfo("runuser", new[] { "-u", "proxy", "--", Helper, passwordFile })
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        process.StandardInput.WriteLine(request);
        process.StandardInput.Close();
        var answer = process.StandardOutput.ReadLine() ?? string.Empty;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit(30_000).Should().BeTrue("the helper answers at once and exits at end of input");
        return answer.Length == 0 ? "no answer: " + error : answer.Trim();
    }
}
