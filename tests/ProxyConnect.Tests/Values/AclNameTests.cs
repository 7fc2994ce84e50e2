using ProxyConnect.Values;

namespace ProxyConnect.Tests.Values;

public class AclNameTests
{
    [Theory]
    [InlineData("sensors")]
    [InlineData("sensor_01")]
    [InlineData("plant-a.line:3")]
    [InlineData("A")]
    [InlineData("localnet")]
    [InlineData("Safe_ports")]
    public void Accepts_names_we_write(string name)
    {
        AclName.TryValidate(name, out var error).Should().BeTrue();
        error.Should().BeNull();
    }

    [Fact]
    public void Accepts_63_characters_and_rejects_64()
    {
        AclName.TryValidate(new string('a', 63), out _).Should().BeTrue();
        AclName.TryValidate(new string('a', 64), out var error).Should().BeFalse();
        error.Should().Be("'" + new string('a', 64) + "' is not a valid ACL name: it is 64 characters long; Squid up to version 6 allows at most 63. " +
                          "ACL names are 1 to 63 ASCII letters, digits, '-', '_', '.' and ':', and must not start with '-'.");
    }

    [Theory]
    [InlineData("my acl", "'my acl' is not a valid ACL name: character 3 (space) is not allowed. ACL names are 1 to 63 ASCII letters, digits, '-', '_', '.' and ':', and must not start with '-'.")]
    [InlineData("a#b", "'a#b' is not a valid ACL name: character 2 ('#') is not allowed. ACL names are 1 to 63 ASCII letters, digits, '-', '_', '.' and ':', and must not start with '-'.")]
    [InlineData("!neg", "'!neg' is not a valid ACL name: it starts with '!', which Squid reads as a negation. ACL names are 1 to 63 ASCII letters, digits, '-', '_', '.' and ':', and must not start with '-'.")]
    [InlineData("-i", "'-i' is not a valid ACL name: it starts with '-', which looks like an option. ACL names are 1 to 63 ASCII letters, digits, '-', '_', '.' and ':', and must not start with '-'.")]
    [InlineData("a\nhttp_access", "'a\\nhttp_access' is not a valid ACL name: character 2 (line feed (U+000A)) is not allowed. ACL names are 1 to 63 ASCII letters, digits, '-', '_', '.' and ':', and must not start with '-'.")]
    [InlineData("caf\u00e9", "'caf\u00e9' is not a valid ACL name: character 4 ('\u00e9' (U+00E9)) is not allowed. ACL names are 1 to 63 ASCII letters, digits, '-', '_', '.' and ':', and must not start with '-'.")]
    [InlineData("", "the ACL name is empty. ACL names are 1 to 63 ASCII letters, digits, '-', '_', '.' and ':', and must not start with '-'.")]
    [InlineData(null, "the ACL name is empty. ACL names are 1 to 63 ASCII letters, digits, '-', '_', '.' and ':', and must not start with '-'.")]
    public void Rejects_with_a_message_that_names_the_value_and_what_is_accepted(string? name, string expected)
    {
        AclName.TryValidate(name, out var error).Should().BeFalse();
        error.Should().Be(expected);
    }

    [Theory]
    [InlineData("\"quoted\"")]
    [InlineData("it's")]
    [InlineData("tab\there")]
    [InlineData("a/b")]
    [InlineData("a=b")]
    [InlineData("a\u0000")]
    public void Rejects_other_characters(string name) => AclName.TryValidate(name, out _).Should().BeFalse();

    [Theory]
    [InlineData("all")]
    [InlineData("ALL")]
    [InlineData("manager")]
    [InlineData("localhost")]
    [InlineData("to_localhost")]
    [InlineData("To_LinkLocal")]
    [InlineData("connect")]
    public void Predefined_names_are_recognised_case_insensitively(string name)
    {
        AclName.IsPredefined(name).Should().BeTrue();
        AclName.TryValidate(name, out var error).Should().BeFalse();
        error.Should().EndWith("is a predefined Squid ACL (all, manager, localhost, to_localhost, to_linklocal, CONNECT, in any letter case); choose another name.");
        AclName.TryValidate(name, allowPredefined: true, out error).Should().BeTrue();
        error.Should().BeNull();
    }

    [Fact]
    public void Predefined_list_and_comparer()
    {
        AclName.Predefined.Should().Equal("all", "manager", "localhost", "to_localhost", "to_linklocal", "CONNECT");
        AclName.IsPredefined("localnet").Should().BeFalse();
        AclName.Comparer.Equals("Sensors", "SENSORS").Should().BeTrue();
        AclName.Comparer.Equals("sensors", "sensor").Should().BeFalse();
    }

    [Fact]
    public void Validate_throws_an_ArgumentException_with_the_parameter_name()
    {
        var act = () => AclName.Validate("bad name", "aclName");
        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "aclName" && e.Message.StartsWith("'bad name' is not a valid ACL name: character 4 (space)", StringComparison.Ordinal));

        ((Action)(() => AclName.Validate(null, "aclName"))).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "aclName");
        ((Action)(() => AclName.Validate("all", "aclName"))).Should().Throw<ArgumentException>();
        ((Action)(() => AclName.Validate("all", "aclName", allowPredefined: true))).Should().NotThrow();
        ((Action)(() => AclName.Validate("sensors", "aclName"))).Should().NotThrow();
    }
}
