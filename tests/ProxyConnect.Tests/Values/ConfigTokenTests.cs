using FsCheck.Xunit;
using ProxyConnect.Values;

namespace ProxyConnect.Tests.Values;

public class ConfigTokenTests
{
    private const string Accepted = "A squid.conf token must be non-empty and must not contain white space, control characters, '#' or quotes (\" or '), must not start with '!' or end with '\\', and must not contain '${'.";

    [Theory]
    [InlineData("10.0.0.0/24")]
    [InlineData(".example.com")]
    [InlineData("-i")]
    [InlineData("a!b")]
    [InlineData("^https?://")]
    [InlineData("caf\u00e9")]
    [InlineData("\ud83d\ude00")]
    public void Accepts_single_tokens(string value)
    {
        ConfigToken.TryValidate(value, out var error).Should().BeTrue();
        error.Should().BeNull();
    }

    [Theory]
    [InlineData("a b", "'a b' cannot be written as one squid.conf token: character 2 (space) is not allowed. " + Accepted)]
    [InlineData("x\nhttp_access allow all", "'x\\nhttp_access allow all' cannot be written as one squid.conf token: character 2 (line feed (U+000A)) is not allowed. " + Accepted)]
    [InlineData("x\r", "'x\\r' cannot be written as one squid.conf token: character 2 (carriage return (U+000D)) is not allowed. " + Accepted)]
    [InlineData("a#b", "'a#b' cannot be written as one squid.conf token: character 2 ('#') is not allowed. " + Accepted)]
    [InlineData("\"file\"", "'\"file\"' cannot be written as one squid.conf token: character 1 ('\"') is not allowed. " + Accepted)]
    [InlineData("!all", "'!all' cannot be written as one squid.conf token: it starts with '!', which Squid reads as a negation. " + Accepted)]
    [InlineData("abc\\", "'abc\\' cannot be written as one squid.conf token: it ends with '\\', which Squid reads as a line continuation. " + Accepted)]
    [InlineData("${service_name}", "'${service_name}' cannot be written as one squid.conf token: Squid expands '${...}' as a macro. " + Accepted)]
    [InlineData("", "the value is empty. " + Accepted)]
    [InlineData(null, "the value is empty. " + Accepted)]
    public void Rejects_injection(string? value, string expected)
    {
        ConfigToken.TryValidate(value, out var error).Should().BeFalse();
        error.Should().Be(expected);
        ConfigToken.TryValidateAclValue(value, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("it's")]
    [InlineData("a\tb")]
    [InlineData("a\u00a0b")]
    [InlineData("a\u2028b")]
    [InlineData("a\u0000b")]
    [InlineData("a\u007fb")]
    public void Rejects_other_unsafe_characters(string value) => ConfigToken.TryValidate(value, out _).Should().BeFalse();

    [Fact]
    public void Rejects_lone_surrogates()
    {
        ConfigToken.TryValidate("a\ud83d", out var error).Should().BeFalse();
        error.Should().Be("'a\\uD83D' cannot be written as one squid.conf token: character 2 (unpaired surrogate U+D83D) is not allowed. " + Accepted);
        ConfigToken.TryValidate("\ude00a", out _).Should().BeFalse();
        ConfigToken.TryValidate("\ude00\ud83d", out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("-n", '-')]
    [InlineData("+i", '+')]
    public void Acl_values_also_reject_a_leading_option_sign(string value, char sign)
    {
        ConfigToken.TryValidate(value, out _).Should().BeTrue();
        ConfigToken.TryValidateAclValue(value, out var error).Should().BeFalse();
        error.Should().Be($"'{value}' cannot be written as an ACL value: it starts with '{sign}', which Squid reads as an ACL option. {Accepted} ACL values must not start with '-' or '+'.");
    }

    [Fact]
    public void Limits_length_in_utf8_bytes()
    {
        ConfigToken.TryValidate(new string('a', 2048), out _).Should().BeTrue();
        ConfigToken.TryValidate(new string('\u00e9', 1025), out var error).Should().BeFalse();
        error.Should().Be("the value is 2050 bytes long in UTF-8; a squid.conf token we write is at most 2048 bytes.");
    }

    [Fact]
    public void Validate_throws()
    {
        ((Action)(() => ConfigToken.Validate("a b", "value"))).Should().Throw<ArgumentException>().Where(e => e.ParamName == "value");
        ((Action)(() => ConfigToken.Validate(null, "value"))).Should().Throw<ArgumentNullException>();
        ((Action)(() => ConfigToken.Validate("ok", "value"))).Should().NotThrow();
    }

    [Property]
    public void Whatever_passes_is_one_token_on_one_line(string? value)
    {
        if (ConfigToken.TryValidate(value, out _))
        {
            value!.IndexOfAny(new[] { ' ', '\t', '\n', '\r', '#', '"', '\'' }).Should().Be(-1);
            value.Should().NotStartWith("!");
        }
    }
}
