using static ProxyConnect.Analyzers.Tests.Verify;

namespace ProxyConnect.Analyzers.Tests;

public class CredentialsAnalyzerTests
{
    /// <summary>The shape of SensorProxySettings (being written on another branch), declared in the test source.</summary>
    private const string Settings = """
        using ProxyConnect.Annotations;

        record Settings
        {
            public bool Enabled { get; init; }
            [HostOrAddress] public string? Address { get; init; }
            [PortNumber] public int Port { get; init; } = 3128;
            public string? Username { get; init; }
            public string? Password { get; init; }
        }

        class Plain
        {
            public string? Username { get; set; }
            public string? Password { get; set; }
        }

        """;

    private static Task Run(string body) => AnalyzerAsync<CredentialsAnalyzer>(Settings + $$"""
        class C
        {
            object M(Settings s, string user)
            {
                {{body}}
            }
        }
        """);

    [Fact]
    public Task User_name_without_password_is_PXC0005() =>
        Run("""return new Settings { Address = "proxy", {|PXC0005:Username = "plc"|} };""");

    [Fact]
    public Task Password_without_user_name_is_PXC0005() =>
        Run("""return new Settings { {|PXC0005:Password = "secret"|} };""");

    [Fact]
    public Task Password_with_an_explicit_null_user_name_is_PXC0005() =>
        Run("""return new Settings { Username = null, {|PXC0005:Password = "secret"|} };""");

    [Fact]
    public Task Both_set_is_silent() =>
        Run("""return new Settings { Username = "plc", Password = "secret" };""");

    [Fact]
    public Task Neither_set_is_silent() =>
        Run("""return new Settings { Address = "proxy", Port = 8080 };""");

    [Fact]
    public Task Non_constant_value_is_silent() =>
        Run("""return new Settings { Username = user };""");

    [Fact]
    public Task With_that_sets_only_one_keeps_the_other_from_the_original_and_is_silent() =>
        Run("""return s with { Username = "plc" };""");

    [Fact]
    public Task With_that_clears_the_other_is_PXC0005() =>
        Run("""return s with { {|PXC0005:Username = "plc"|}, Password = null };""");

    [Fact]
    public Task Type_without_proxyconnect_annotations_is_not_checked() =>
        Run("""return new Plain { Username = "sa" };""");
}
