namespace ProxyConnect.Tests;

public class SmokeTest
{
    [Fact]
    public void Builds() => typeof(Placeholder).Name.Should().Be("Placeholder");
}
