using ProxyConnect.Sensors;
using ProxyConnect.Squid;
using ProxyConnect.Squid.Auth;
using ProxyConnect.Squid.Model;
using ProxyConnect.Tests.Shared;

namespace ProxyConnect.Tests;

/// <summary>The README's code, as written there, with only the file paths moved into a temporary folder.</summary>
public sealed class ReadmeExamplesTests : IDisposable
{
    private readonly string _etc = Directory.CreateTempSubdirectory("pxc-readme-").FullName;

    public void Dispose() => Directory.Delete(_etc, recursive: true);

    [Fact]
    public void Edit_the_stock_config_at_the_marker()
    {
        var path = Path.Combine(_etc, "squid.conf");
        File.Copy(RepoPaths.StockDebianConfig, path);

        // README: "Edit the stock squid.conf at the marker"
        var config = SquidConfig.Load(path);
        config = config.AddSensor(new Sensor("sensor1", "10.1.0.5"));
        config = config.AddSensor(new Sensor("plant-b", "10.2.0.0/24"));
        config.Save(path, backup: true);

        // Or read, edit and write under the file's lock, so that concurrent edits never lose one:
        SquidConfig.Edit(path, c => c.AddSensor(new Sensor("sensor3", "10.3.0.7")), new SaveOptions { Backup = true });

        File.ReadAllBytes(path + ".factory").Should().Equal(File.ReadAllBytes(RepoPaths.StockDebianConfig));
        var saved = SquidConfig.Load(path);
        saved.Sensors.Select(s => s.Name).Should().Equal("sensor1", "plant-b", "sensor3");
        saved.Lint().Where(f => f.Severity == Severity.Error).Should().BeEmpty();
    }

    [Fact]
    public void Generate_a_config_in_code()
    {
        var squidConf = Path.Combine(_etc, "squid.conf");
        var passwords = Path.Combine(_etc, "passwords");

        // README: "Generate a config in code"
        var config = SquidConfig.CreateDefault()
            .SetHttpPort(3128)
            .AddAcl(new AclDirective("SSL_ports", "port", "8443"))
            .AddSensor(new Sensor("sensor1", "10.1.0.5"))
            .RequireBasicAuth(passwordFile: passwords, realm: "Sensors");
        File.WriteAllText(squidConf, config.ToString());
        PasswordFile.Load(passwords).SetPassword("sensor1", "s3cret").Save(passwords);

        SquidConfig.Load(squidConf).HttpAccessRules.Should().Contain(r => r.ToString() == "http_access allow sensor1 authenticated");
        PasswordFile.Load(passwords).Verify("sensor1", "s3cret").Should().BeTrue();
    }
}
