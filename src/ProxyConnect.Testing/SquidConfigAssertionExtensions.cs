using ProxyConnect.Squid;

namespace ProxyConnect.Testing;

/// <summary>The entry point of the assertions: <c>config.Should()</c>.</summary>
public static class SquidConfigAssertionExtensions
{
    /// <summary>Starts an assertion on a config, in the style of FluentAssertions.</summary>
    /// <param name="config">The config under test (may be <see langword="null"/>: every assertion then fails).</param>
    /// <returns>The assertions on <paramref name="config"/>.</returns>
    public static SquidConfigAssertions Should(this SquidConfig? config) => new(config);
}
