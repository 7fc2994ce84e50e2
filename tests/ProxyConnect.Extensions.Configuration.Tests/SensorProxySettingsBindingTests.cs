using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProxyConnect.Sensors;

namespace ProxyConnect.Extensions.Configuration.Tests;

public class SensorProxySettingsBindingTests
{
    private static ServiceProvider Build(string json, string section = "Proxy")
    {
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
        var services = new ServiceCollection();
        services.AddSensorProxySettings(configuration.GetSection(section));
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>What a host does at start-up for <c>ValidateOnStart</c> (Microsoft.Extensions.Options 8.0 and later).</summary>
    private static void RunStartupValidation(IServiceProvider provider) => provider.GetRequiredService<IStartupValidator>().Validate();

    [Fact]
    public void Binds_every_property_into_the_init_only_record()
    {
        using var provider = Build("""
            { "Proxy": { "Enabled": true, "Address": "proxy.example", "Port": 8080, "Username": "sensor", "Password": "p@ss:w%rd" } }
            """);
        FluentActions.Invoking(() => RunStartupValidation(provider)).Should().NotThrow();
        provider.GetRequiredService<IOptions<SensorProxySettings>>().Value.Should().Be(new SensorProxySettings
        {
            Enabled = true,
            Address = "proxy.example",
            Port = 8080,
            Username = "sensor",
            Password = "p@ss:w%rd",
        });
    }

    [Theory]
    [InlineData("""{ "Proxy": { "Enabled": "true", "Address": "10.0.0.1" } }""", true, "10.0.0.1", 3128)]
    [InlineData("""{ "Proxy": { "Enabled": true, "Address": "fd00::1", "Port": "3129" } }""", true, "fd00::1", 3129)]
    [InlineData("""{ "proxy": { "enabled": true, "address": "10.0.0.1", "port": 1 } }""", true, "10.0.0.1", 1)]
    [InlineData("""{ "Proxy": { "Enabled": false } }""", false, null, 3128)]
    [InlineData("""{ "Other": { } }""", false, null, 3128)]
    [InlineData("""{ "Proxy": { "Enabled": false, "Address": "" } }""", false, "", 3128)]
    public void Good_settings_bind_and_pass_start_up_validation(string json, bool enabled, string? address, int port)
    {
        using var provider = Build(json);
        RunStartupValidation(provider);
        var settings = provider.GetRequiredService<IOptions<SensorProxySettings>>().Value;
        settings.Enabled.Should().Be(enabled);
        settings.Address.Should().Be(address);
        settings.Port.Should().Be(port);
        settings.Username.Should().BeNull();
        settings.Password.Should().BeNull();
        settings.IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData("""{ "Proxy": { "Enabled": true } }""")]
    [InlineData("""{ "Proxy": { "Enabled": true, "Address": "http://10.0.0.1:3128" } }""")]
    [InlineData("""{ "Proxy": { "Enabled": true, "Address": "10.0.0.1", "Port": 0 } }""")]
    [InlineData("""{ "Proxy": { "Enabled": true, "Address": "10.0.0.1", "Port": 65536 } }""")]
    [InlineData("""{ "Proxy": { "Enabled": true, "Address": "10.0.0.1", "Username": "sensor" } }""")]
    [InlineData("""{ "Proxy": { "Enabled": true, "Address": "10.0.0.1", "Password": "Xy9-only-a-password" } }""")]
    [InlineData("""{ "Proxy": { "Enabled": true, "Address": "10.0.0.1:3128", "Port": -1, "Username": "a:b", "Password": "Xy9-very-secret" } }""")]
    [InlineData("""{ "Proxy": { "Enabled": false, "Address": "proxy_1" } }""")]
    public void Bad_settings_fail_on_start_with_the_messages_of_Validate(string json)
    {
        using var provider = Build(json);

        var ex = FluentActions.Invoking(() => RunStartupValidation(provider)).Should().Throw<OptionsValidationException>().Which;

        var expected = Bind(json).Validate().Select(p => p.ToString()).ToList();
        expected.Should().NotBeEmpty();
        ex.Failures.Should().Equal(expected);
        ex.OptionsType.Should().Be(typeof(SensorProxySettings));
        ex.Message.Should().NotContain("Xy9");
        FluentActions.Invoking(() => provider.GetRequiredService<IOptions<SensorProxySettings>>().Value)
            .Should().Throw<OptionsValidationException>().Which.Failures.Should().Equal(expected);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        using var provider = Build("""{ "Proxy": { "Enabled": true, "Address": "", "Port": 0, "Username": "u" } }""");
        var ex = FluentActions.Invoking(() => RunStartupValidation(provider)).Should().Throw<OptionsValidationException>().Which;
        ex.Failures.Should().HaveCount(3);
        ex.Failures.Should().Contain(f => f.StartsWith("Address: ")).And.Contain(f => f.StartsWith("Port: ")).And.Contain(f => f.StartsWith("Password: "));
    }

    [Fact]
    public void A_port_that_is_not_a_number_fails_binding_on_start()
    {
        using var provider = Build("""{ "Proxy": { "Enabled": true, "Address": "10.0.0.1", "Port": "31x8" } }""");
        FluentActions.Invoking(() => RunStartupValidation(provider)).Should().Throw<InvalidOperationException>().WithMessage("*Port*");
    }

    [Fact]
    public void Registering_twice_reports_each_problem_once()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Proxy:Enabled"] = "true", ["Proxy:Port"] = "0", ["Proxy:Address"] = "10.0.0.1" })
            .Build();
        var services = new ServiceCollection();
        services.AddSensorProxySettings(configuration.GetSection("Proxy"));
        services.AddSensorProxySettings(configuration.GetSection("Proxy"));
        using var provider = services.BuildServiceProvider();
        FluentActions.Invoking(() => RunStartupValidation(provider)).Should().Throw<OptionsValidationException>()
            .Which.Failures.Should().ContainSingle().Which.Should().StartWith("Port: port 0");
    }

    [Fact]
    public void The_builder_chains_further_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Proxy:Address"] = "10.0.0.1" }).Build();
        var services = new ServiceCollection();
        services.AddSensorProxySettings(configuration.GetSection("Proxy")).PostConfigure(s => _ = s);
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IOptions<SensorProxySettings>>().Value.Address.Should().Be("10.0.0.1");
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        var configuration = new ConfigurationBuilder().Build();
        FluentActions.Invoking(() => ((IServiceCollection)null!).AddSensorProxySettings(configuration)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new ServiceCollection().AddSensorProxySettings(null!)).Should().Throw<ArgumentNullException>();
    }

    /// <summary>Binds the section directly, without DI: what Validate() says about the same settings.</summary>
    private static SensorProxySettings Bind(string json)
    {
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
        return configuration.GetSection("Proxy").Get<SensorProxySettings>() ?? new SensorProxySettings();
    }
}
