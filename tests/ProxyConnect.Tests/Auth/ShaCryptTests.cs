using ProxyConnect.Squid.Auth;

namespace ProxyConnect.Tests.Auth;

public class ShaCryptTests
{
    // Test vectors published with the SHA-crypt specification.
    [Theory]
    [InlineData("Hello world!", "saltstring", 5000, "$6$saltstring$svn8UoSVapNtMuq1ukKS4tPQd8iKwSMHWjl/O817G3uBnIFNjnQJuesI68u4OTLiBFdcbYEdFCoEOfaS35inz1")]
    [InlineData("Hello world!", "saltstringsaltstring", 10000, "$6$rounds=10000$saltstringsaltst$OW1/O6BYHV6BcXZu8QVeXbDWra3Oeqh0sbHbbMCVNSnCM/UrjmM0Dp8vOuZeHBy/YTBmSK6H9qs/y3RnOaw5v.")]
    [InlineData("This is just a test", "toolongsaltstring", 5000, "$6$rounds=5000$toolongsaltstrin$lQ8jolhgVRVhY4b5pZKaysCLi0QBxGoNeKQzQ3glMhwllF7oGDZxUhx1yxdYcz/e1JSbq3y6JMxxl8audkUEm0")]
    [InlineData("a very much longer text to encrypt.  This one even stretches over morethan one line.", "anotherlongsaltstring", 1400, "$6$rounds=1400$anotherlongsalts$POfYwTEok97VWcjxIiSOjiykti.o/pQs.wPvMxQ6Fm7I6IoYN3CmLs66x9t0oSwbtEW7o7UmJEiDwGqd8p4ur1")]
    public void Matches_the_specification_vectors(string password, string salt, int rounds, string expected)
    {
        var hash = ShaCrypt.Hash(password, salt, rounds);
        // The spec writes "rounds=5000$" explicitly in one vector; glibc leaves the default implicit. Both verify.
        ShaCrypt.Verify(password, expected).Should().BeTrue();
        hash.Substring(hash.LastIndexOf('$')).Should().Be(expected.Substring(expected.LastIndexOf('$')));
    }

    [Fact]
    public void A_wrong_password_does_not_verify()
    {
        var hash = ShaCrypt.Hash("correct horse", 1000);
        ShaCrypt.Verify("correct horse", hash).Should().BeTrue();
        ShaCrypt.Verify("correct hors", hash).Should().BeFalse();
        ShaCrypt.Verify("correct horse", "{SHA}abc").Should().BeFalse();
    }

    [Fact]
    public void Random_salts_differ() =>
        ShaCrypt.Hash("pw", 1000).Should().NotBe(ShaCrypt.Hash("pw", 1000));
}
