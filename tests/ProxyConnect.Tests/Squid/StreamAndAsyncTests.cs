using System.Text;
using ProxyConnect.Squid;
using ProxyConnect.Squid.IO;

namespace ProxyConnect.Tests.Squid;

public class StreamAndAsyncTests
{
    private static readonly byte[] Latin1Config = Encoding.Latin1.GetBytes("# caf\u00e9 comment\r\nhttp_port 3128\r\nhttp_access deny all");

    [Fact]
    public void Load_from_a_stream_keeps_the_bytes_and_the_encoding()
    {
        using var stream = new MemoryStream(Latin1Config);

        var config = SquidConfig.Load(stream, "edge.conf");

        config.Encoding.Should().Be(ConfigEncoding.Latin1);
        config.FilePath.Should().Be("edge.conf");
        ConfigEncodingCodec.Encode(config.ToString(), config.Encoding, "edge.conf").Should().Equal(Latin1Config);
        config.HttpPorts.Should().ContainSingle().Which.Location!.FilePath.Should().Be("edge.conf");
    }

    [Fact]
    public void Parse_from_a_reader_reads_the_text()
    {
        using var reader = new StringReader(SquidConfig.DefaultText);

        SquidConfig.Parse(reader).ToString().Should().Be(SquidConfig.DefaultText);
    }

    [Fact]
    public async Task LoadAsync_and_SaveAsync_round_trip_byte_for_byte()
    {
        var folder = Directory.CreateTempSubdirectory("pxc-async-").FullName;
        try
        {
            var path = Path.Combine(folder, "squid.conf");
            await File.WriteAllBytesAsync(path, Latin1Config);

            var config = await SquidConfig.LoadAsync(path, CancellationToken.None);
            var backup = await config.AddSensor(new ProxyConnect.Sensors.Sensor("s1", "10.0.0.1"), ProxyConnect.Sensors.SensorPlacement.BeforeFinalDenyAll)
                .SaveAsync(path, backup: true, CancellationToken.None);

            backup.Should().Be(path + ".factory");
            (await File.ReadAllBytesAsync(backup!)).Should().Equal(Latin1Config);
            var reloaded = await SquidConfig.LoadAsync(path, CancellationToken.None);
            reloaded.Sensors.Should().ContainSingle().Which.Name.Should().Be("s1");
            reloaded.Encoding.Should().Be(ConfigEncoding.Latin1);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_cancelled_token_stops_before_reading_or_writing()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var path = Path.Combine(Path.GetTempPath(), "pxc-never-written-" + Guid.NewGuid().ToString("N") + ".conf");

        var load = () => SquidConfig.LoadAsync(path, cancelled.Token);
        var save = () => SquidConfig.CreateDefault().SaveAsync(path, false, cancelled.Token);

        await load.Should().ThrowAsync<OperationCanceledException>();
        await save.Should().ThrowAsync<OperationCanceledException>();
        File.Exists(path).Should().BeFalse();
    }

    [Fact]
    public async Task LoadAsync_names_a_missing_file()
    {
        var path = Path.Combine(Path.GetTempPath(), "pxc-missing-" + Guid.NewGuid().ToString("N") + ".conf");

        var load = () => SquidConfig.LoadAsync(path, CancellationToken.None);

        (await load.Should().ThrowAsync<IOException>()).WithMessage($"Cannot read squid config '{path}'*");
    }
}
