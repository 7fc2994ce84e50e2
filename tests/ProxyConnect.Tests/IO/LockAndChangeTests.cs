using System.Runtime.Versioning;
using ProxyConnect.Sensors;
using ProxyConnect.Squid;

namespace ProxyConnect.Tests.IO;

/// <summary>Issue 17, point 3: writers are serialised by a lock, and a save never overwrites a change it did not see.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class LockAndChangeTests : IDisposable
{
    private const string Text = "http_port 3128\n#\n# INSERT YOUR OWN RULE(S) HERE TO ALLOW ACCESS FROM YOUR CLIENTS\n#\nhttp_access deny all\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("pxc-lock-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Save_refuses_to_overwrite_a_file_that_changed_since_it_was_loaded()
    {
        var path = Write(Text);
        var mine = SquidConfig.Load(path).AddSensor(new Sensor("mine", "10.0.0.1"));
        var theirs = Text.Replace("http_port 3128", "http_port 3129");
        File.WriteAllText(path, theirs);

        FluentActions.Invoking(() => mine.Save(path)).Should().Throw<ConfigFileChangedException>().WithMessage($"*{path}*changed*");
        File.ReadAllText(path).Should().Be(theirs);

        mine.Save(path, new SaveOptions { OverwriteChanged = true });
        File.ReadAllText(path).Should().Contain("acl mine src 10.0.0.1").And.Contain("http_port 3128");
    }

    [Fact]
    public void A_document_and_its_edits_may_save_again_after_their_own_save()
    {
        var path = Write(Text);
        var first = SquidConfig.Load(path).AddSensor(new Sensor("a", "10.0.0.1"));
        first.Save(path);

        first.AddSensor(new Sensor("b", "10.0.0.2")).Save(path);

        SquidConfig.Load(path).Sensors.Select(s => s.Name).Should().Equal("a", "b");
    }

    [Fact]
    public void Concurrent_edits_from_many_threads_all_land()
    {
        var path = Write(Text);

        Parallel.For(0, 24, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            SquidConfig.Edit(path, c => c.AddSensor(new Sensor($"s{i}", $"10.0.0.{i + 1}"))));

        SquidConfig.Load(path).Sensors.Select(s => s.Name).Should().BeEquivalentTo(Enumerable.Range(0, 24).Select(i => $"s{i}"));
    }

    [Fact]
    public void Edit_writes_only_when_something_changed_and_reports_it()
    {
        var path = Write(Text);
        var added = SquidConfig.Edit(path, c => c.AddSensor(new Sensor("a", "10.0.0.1")), new SaveOptions { Backup = true });
        var again = SquidConfig.Edit(path, c => c.AddSensor(new Sensor("a", "10.0.0.1")), new SaveOptions { Backup = true });

        added.Written.Should().BeTrue();
        added.BackupPath.Should().Be(path + ".factory");
        added.WasLocked.Should().BeTrue();
        added.Before.ToString().Should().Be(Text);
        again.Written.Should().BeFalse();
        again.BackupPath.Should().BeNull();
    }

    [Fact]
    public void Edit_can_create_a_missing_file_when_asked()
    {
        var path = Path.Combine(_folder, "sensors.conf");

        FluentActions.Invoking(() => SquidConfig.Edit(path, c => c)).Should().Throw<IOException>().WithMessage($"*{path}*");
        var created = SquidConfig.Edit(path, c => c.AddSensor(new Sensor("a", "10.0.0.1"), SensorPlacement.ConfD(path)), new SaveOptions { CreateIfMissing = true });

        created.IsNewFile.Should().BeTrue();
        File.ReadAllText(path).Should().EndWith("acl a src 10.0.0.1\nhttp_access allow a\n");
    }

    private string Write(string text)
    {
        var path = Path.Combine(_folder, "squid.conf");
        File.WriteAllText(path, text);
        return path;
    }
}
