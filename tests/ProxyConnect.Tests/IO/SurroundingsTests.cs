using System.Runtime.Versioning;
using ProxyConnect.Sensors;
using ProxyConnect.Squid;
using ProxyConnect.Squid.IO;

namespace ProxyConnect.Tests.IO;

/// <summary>Issue 17, points 4–6: a save keeps what surrounds the file — symlinks, owner, group, mode — and its
/// temporary file is never more open than the result.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class SurroundingsTests : IDisposable
{
    private const string Text = "http_port 3128\n#\n# INSERT YOUR OWN RULE(S) HERE TO ALLOW ACCESS FROM YOUR CLIENTS\n#\nhttp_access deny all\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("pxc-surround-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Saving_through_a_symlink_writes_its_target_and_keeps_the_link()
    {
        var real = Write("real/squid.conf", Text);
        var link = Path.Combine(_folder, "squid.conf");
        File.CreateSymbolicLink(link, real);

        SquidConfig.Load(link).AddSensor(new Sensor("s1", "10.0.0.1")).Save(link);

        new FileInfo(link).LinkTarget.Should().Be(real);
        File.ReadAllText(real).Should().Contain("acl s1 src 10.0.0.1");
        Directory.GetFiles(Path.GetDirectoryName(real)!).Select(Path.GetFileName).Should().BeEquivalentTo("squid.conf", "squid.conf.lock");
    }

    [Fact]
    public void Relative_and_chained_links_are_followed_to_the_end()
    {
        var real = Write("etc/real.conf", Text);
        Directory.CreateDirectory(Path.Combine(_folder, "squid"));
        File.CreateSymbolicLink(Path.Combine(_folder, "etc", "middle.conf"), "real.conf");
        var first = Path.Combine(_folder, "squid", "squid.conf");
        File.CreateSymbolicLink(first, "../etc/middle.conf");

        SquidConfig.Load(first).AddSensor(new Sensor("s1", "10.0.0.1")).Save(first, backup: true);

        new FileInfo(first).LinkTarget.Should().Be("../etc/middle.conf");
        new FileInfo(Path.Combine(_folder, "etc", "middle.conf")).LinkTarget.Should().Be("real.conf");
        File.ReadAllText(real).Should().Contain("acl s1 src 10.0.0.1");
        File.ReadAllText(real + ".factory").Should().Be(Text, "the backup is of the file the links lead to");
    }

    [SkippableFact]
    public void Owner_group_and_mode_are_kept()
    {
        FileFacts.RequireRoot();
        var path = Write("squid.conf", Text);
        FileFacts.Chown(path, 13, 13);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);

        SquidConfig.Load(path).AddSensor(new Sensor("s1", "10.0.0.1")).Save(path, backup: true);

        FileFacts.Of(path).Should().Be((13, 13, "640"));
        FileFacts.Of(path + ".factory").Should().Be((13, 13, "640"), "a backup is no easier to read than its original");
    }

    [Fact]
    public void The_temporary_file_is_created_with_the_final_mode()
    {
        var path = Write("passwords", "old\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        string? seen = null;

        AtomicFile.Write(path, "new\n"u8.ToArray(), default, temp => seen = FileFacts.Of(temp).Mode);

        seen.Should().Be("600", "the temporary file must never be readable by anyone the final file is not");
        FileFacts.Of(path).Mode.Should().Be("600");
        File.ReadAllText(path).Should().Be("new\n");
    }

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
