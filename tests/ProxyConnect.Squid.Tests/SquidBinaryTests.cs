using ProxyConnect.Squid.Tests.Harness;

namespace ProxyConnect.Squid.Tests;

/// <summary>How squid is found and what happens when it is missing; pure functions, no environment change.</summary>
public class SquidBinaryTests
{
    private static readonly Func<string, bool> NothingExists = _ => false;

    /// <summary>An explicit override that names a missing file means "not found": no fallback to another squid.</summary>
    [Fact]
    public void Override_naming_a_missing_file_is_not_found_even_when_the_default_exists() =>
        SquidBinary.Resolve("/nonexistent/squid", "/usr/bin", path => path == SquidBinary.DefaultPath).Should().BeNull();

    /// <summary>An existing override wins over the default.</summary>
    [Fact]
    public void Override_wins() =>
        SquidBinary.Resolve("/opt/squid/sbin/squid", null, _ => true).Should().Be("/opt/squid/sbin/squid");

    /// <summary>Without an override the Debian location is used, then PATH.</summary>
    [Fact]
    public void Default_then_path()
    {
        SquidBinary.Resolve(null, "/a:/b", _ => true).Should().Be(SquidBinary.DefaultPath);
        SquidBinary.Resolve("", "/a:/b", path => path == "/b/squid").Should().Be("/b/squid");
        SquidBinary.Resolve(null, "/a:/b", NothingExists).Should().BeNull();
    }

    /// <summary>Missing squid under CI=true fails the test (it must not be skipped).</summary>
    [Fact]
    public void Missing_squid_under_ci_fails_rather_than_skips()
    {
        var missing = SquidBinary.Resolve("/nonexistent/squid", null, File.Exists);
        var require = () => SquidBinary.Require(missing, underCi: true);
        require.Should().Throw<InvalidOperationException>().WithMessage(SquidBinary.RequiredUnderCiMessage)
            .And.Should().NotBeOfType<SkipException>();
    }

    /// <summary>Missing squid outside CI skips, with the reason printed by the runner.</summary>
    [Fact]
    public void Missing_squid_outside_ci_skips_with_a_reason() =>
        ((Action)(() => SquidBinary.Require(null, underCi: false))).Should().Throw<SkipException>()
            .WithMessage("squid not found (set PROXYCONNECT_SQUID or apt-get install squid)");

    /// <summary>Only the value "true" (any case) means CI.</summary>
    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("1", false)]
    [InlineData("false", false)]
    [InlineData(null, false)]
    public void Ci_detection(string? value, bool expected) => SquidBinary.IsCi(value).Should().Be(expected);
}
