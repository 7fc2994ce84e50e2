using System.Text;
using ProxyConnect.Squid;
using ProxyConnect.Squid.IO;

namespace ProxyConnect.Tests.IO;

/// <summary>Load reads plain ASCII files by a faster path than other files; whichever path a file takes, the text,
/// the encoding and the bytes written back must be the ones the general decoder gives.</summary>
public sealed class LoadReadsEveryEncodingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pxc-load-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, byte[]> Files() => new()
    {
        { "ascii", Encoding.ASCII.GetBytes("# comment\nhttp_port 3128\nhttp_access deny all\n") },
        { "ascii, larger than one read", Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("acl a src 10.0.0.1 # padding padding padding\n", 4000))) },
        { "utf-8 after the first read", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("# x\n", 30000)) + "# caf\u00e9\nhttp_port 3128\n") },
        { "utf-8 with a byte order mark", new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.ASCII.GetBytes("http_port 3128\n")).ToArray() },
        { "latin-1", new byte[] { (byte)'#', (byte)' ', 0xE9, (byte)'\n' }.Concat(Encoding.ASCII.GetBytes("http_port 3128\n")).ToArray() },
        { "empty", Array.Empty<byte>() },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Load_gives_the_general_decoders_text_and_writes_the_same_bytes_back(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, "squid.conf");
        File.WriteAllBytes(path, bytes);
        var (expectedText, expectedEncoding) = ConfigEncodingCodec.Decode(bytes);

        var config = SquidConfig.Load(path);

        config.ToString().Should().Be(expectedText, name);
        config.Encoding.Should().Be(expectedEncoding, name);
        var copy = Path.Combine(_folder, "copy.conf");
        config.Save(copy);
        File.ReadAllBytes(copy).Should().Equal(bytes, name);
    }

    [Fact]
    public void A_file_that_cannot_be_read_names_itself()
    {
        var act = () => SquidConfig.Load(_folder);

        act.Should().Throw<IOException>().WithMessage($"*'{_folder}'*");
    }
}
