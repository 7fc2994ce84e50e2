using System.Runtime.Versioning;
using ProxyConnect.Squid.Auth;
using ProxyConnect.Tests.IO;

namespace ProxyConnect.Tests.Auth;

/// <summary>Issue 17, points 5 and 6: password hashes are never world-readable, and Squid's helper can read them.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class PasswordFileModeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pxc-pw-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_new_password_file_is_not_readable_by_others()
    {
        var path = Path.Combine(_folder, "passwords");

        PasswordFile.Empty.SetPassword("sensor1", "s3cret", rounds: 1000).Save(path);

        FileFacts.Of(path).Mode.Should().Be("640");
    }

    [SkippableFact]
    public void A_new_password_file_belongs_to_the_group_of_squids_user()
    {
        FileFacts.RequireRoot();
        var proxy = FileFacts.Proxy();
        Skip.If(proxy is null, "this machine has no 'proxy' user (Debian's squid package creates it)");
        var path = Path.Combine(_folder, "passwords");

        PasswordFile.Empty.SetPassword("sensor1", "s3cret", rounds: 1000).Save(path);

        FileFacts.Of(path).Should().Be((0, proxy!.Value.Gid, "640"));
    }

    [SkippableFact]
    public void An_existing_password_file_keeps_owner_group_and_mode()
    {
        FileFacts.RequireRoot();
        var path = Path.Combine(_folder, "passwords");
        File.WriteAllText(path, "old:x\n");
        FileFacts.Chown(path, 13, 13);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);

        PasswordFile.Load(path).SetPassword("sensor1", "s3cret", rounds: 1000).Save(path);

        FileFacts.Of(path).Should().Be((13, 13, "640"));
        PasswordFile.Load(path).Users.Should().Equal("old", "sensor1");
    }
}
