using ProxyConnect.Sensors;
using ProxyConnect.Squid;
using ProxyConnect.Tests.Shared;

using System.Runtime.Versioning;

namespace ProxyConnect.Tests.IO;

[UnsupportedOSPlatform("windows")]
public sealed class SafeSaveTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pxc-save-").FullName;

    public void Dispose()
    {
        foreach (var dir in Directory.EnumerateDirectories(_folder, "*", SearchOption.AllDirectories))
        {
            File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Save_with_backup_keeps_the_first_original_as_factory_and_never_overwrites_it()
    {
        var path = Path.Combine(_folder, "squid.conf");
        File.Copy(RepoPaths.StockDebianConfig, path);
        var original = File.ReadAllBytes(path);

        var first = SquidConfig.Load(path).AddSensor(new Sensor("sensor1", "10.1.0.5")).Save(path, backup: true);
        first.Should().Be(path + ".factory");
        File.ReadAllBytes(first!).Should().Equal(original);

        var afterFirst = File.ReadAllBytes(path);
        var second = SquidConfig.Load(path).AddSensor(new Sensor("sensor2", "10.1.0.6")).Save(path, backup: true);
        second.Should().MatchRegex(@"squid\.conf\.\d{8}T\d{9}Z\.bak$");
        File.ReadAllBytes(second!).Should().Equal(afterFirst);
        File.ReadAllBytes(path + ".factory").Should().Equal(original, "the factory copy is never overwritten");
        SquidConfig.Load(path).Sensors.Select(s => s.Name).Should().Equal("sensor1", "sensor2");
    }

    [Fact]
    public void Save_keeps_the_file_mode_and_leaves_no_temporary_file()
    {
        var path = Path.Combine(_folder, "squid.conf");
        File.WriteAllText(path, "http_port 3128\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        SquidConfig.Parse("http_port 3129\n").Save(path);
        File.GetUnixFileMode(path).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        Directory.GetFiles(_folder).Should().BeEquivalentTo(new[] { path, path + ".lock" }, "the lock file stays (deleting it would race); no temporary file does");
    }

    [Fact]
    public void Saving_onto_a_directory_fails_clearly_and_changes_nothing()
    {
        var target = Directory.CreateDirectory(Path.Combine(_folder, "squid.conf")).FullName;
        var config = SquidConfig.CreateDefault();
        FluentActions.Invoking(() => config.Save(target, backup: true)).Should().Throw<IOException>().WithMessage($"*{target}*is a directory*");
        Directory.GetFileSystemEntries(_folder).Should().Equal(target);
        Directory.GetFileSystemEntries(target).Should().BeEmpty();
    }

    [Fact]
    public void Saving_into_a_missing_folder_fails_clearly()
    {
        var target = Path.Combine(_folder, "missing", "squid.conf");
        FluentActions.Invoking(() => SquidConfig.CreateDefault().Save(target)).Should().Throw<DirectoryNotFoundException>().WithMessage("*does not exist*");
    }

    [Fact]
    public void Saving_into_a_read_only_folder_fails_clearly_and_leaves_every_file_as_it_was()
    {
        // Root ignores file modes, so as root use a folder the kernel itself refuses to create files in.
        var readOnly = Environment.UserName == "root" ? "/proc" : Directory.CreateDirectory(Path.Combine(_folder, "ro")).FullName;
        var target = Path.Combine(readOnly, "squid.conf");
        byte[]? before = null;
        if (readOnly != "/proc")
        {
            File.WriteAllText(target, "http_port 3128\n");
            before = File.ReadAllBytes(target);
            File.SetUnixFileMode(readOnly, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }

        var config = SquidConfig.CreateDefault().AddSensor(new Sensor("sensor1", "10.1.0.5"));
        FluentActions.Invoking(() => config.Save(target)).Should().Throw<IOException>().WithMessage($"*{target}*left as it was*");
        if (before != null)
        {
            File.ReadAllBytes(target).Should().Equal(before);
            Directory.GetFiles(readOnly).Should().Equal(target);
        }
        else
        {
            File.Exists(target).Should().BeFalse();
        }
    }

    [Fact]
    public void A_latin1_file_cannot_take_characters_it_cannot_encode_and_stays_untouched()
    {
        var path = Path.Combine(_folder, "latin1.conf");
        File.WriteAllBytes(path, new byte[] { (byte)'#', (byte)' ', 0xFC, (byte)'\n' });
        var config = SquidConfig.Load(path);
        config.Encoding.Should().Be(ProxyConnect.Squid.IO.ConfigEncoding.Latin1);
        var edited = SquidConfig.Parse(config.ToString() + "# \u20AC\n");
        var reloaded = SquidConfig.Load(path);
        reloaded.Save(path);
        File.ReadAllBytes(path).Should().Equal((byte)'#', (byte)' ', (byte)0xFC, (byte)'\n');
        edited.Encoding.Should().Be(ProxyConnect.Squid.IO.ConfigEncoding.Utf8, "text parsed from a string is written as UTF-8");
    }
}
