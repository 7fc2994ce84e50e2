using ProxyConnect.Squid.Auth;

namespace ProxyConnect.Tests.Auth;

public class PasswordFileTests
{
    [Fact]
    public void Set_replace_and_remove_users_keep_order_and_hash_with_sha512_crypt()
    {
        var file = PasswordFile.Empty.SetPassword("sensor1", "s3cret!", rounds: 1000).SetPassword("sensor2", "other", rounds: 1000);
        file.Users.Should().Equal("sensor1", "sensor2");
        file.ToString().Should().MatchRegex(@"^sensor1:\$6\$rounds=1000\$[./0-9A-Za-z]{16}\$[./0-9A-Za-z]{86}\nsensor2:\$6\$");
        file.ToString().Should().NotContain("s3cret!");
        file.Verify("sensor1", "s3cret!").Should().BeTrue();

        var changed = file.SetPassword("sensor1", "new", rounds: 1000);
        changed.Users.Should().Equal("sensor1", "sensor2");
        changed.Verify("sensor1", "s3cret!").Should().BeFalse();
        changed.Verify("sensor1", "new").Should().BeTrue();
        changed.RemoveUser("sensor1").Users.Should().Equal("sensor2");
    }

    [Theory]
    [InlineData("a:b")]
    [InlineData("a b")]
    [InlineData("")]
    [InlineData("a\nb")]
    public void Invalid_user_names_are_refused(string user) =>
        FluentActions.Invoking(() => PasswordFile.Empty.SetPassword(user, "pw")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("user");

    [Fact]
    public void Parse_keeps_lines_it_does_not_understand()
    {
        var file = PasswordFile.Parse("legacy:{SHA}abc=\r\nnot a user line\n");
        file.Users.Should().Equal("legacy");
        file.SetPassword("new", "pw", rounds: 1000).ToString().Should().StartWith("legacy:{SHA}abc=\nnot a user line\nnew:$6$");
    }
}
