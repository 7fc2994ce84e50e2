using ProxyConnect.Sensors;

namespace ProxyConnect.Tests.Sensors;

public class SensorValidationTests
{
    [Theory]
    [InlineData("10.0.0.300", "*10.0.0.300*")]
    [InlineData("1.2.3", "*1.2.3*")]
    [InlineData("::g", "*::g*")]
    [InlineData("10.0.0.1\nhttp_access allow all", "*")]
    [InlineData("10.0.0.1 # x", "*")]
    [InlineData("\"10.0.0.1\"", "*")]
    [InlineData("-10.0.0.1", "*")]
    [InlineData("all", "*open the proxy*")]
    [InlineData("", "*")]
    public void Invalid_addresses_are_refused_with_the_value_named(string address, string message) =>
        FluentActions.Invoking(() => new Sensor("sensor1", address)).Should().Throw<ArgumentException>()
            .WithMessage(message).And.Message.Should().Contain("sensor1");

    [Theory]
    [InlineData("a b")]
    [InlineData("x#y")]
    [InlineData("\"q\"")]
    [InlineData("!n")]
    [InlineData("-n")]
    [InlineData("")]
    [InlineData("all")]
    [InlineData("CONNECT")]
    [InlineData("localhost")]
    [InlineData("a\nb")]
    public void Invalid_names_are_refused(string name) =>
        FluentActions.Invoking(() => new Sensor(name, "10.0.0.1")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("name");

    [Fact]
    public void A_300_character_name_is_refused_with_the_limit_named() =>
        FluentActions.Invoking(() => new Sensor(new string('a', 300), "10.0.0.1")).Should().Throw<ArgumentException>().WithMessage("*63*");

    [Fact]
    public void A_sensor_needs_an_address() =>
        FluentActions.Invoking(() => new Sensor("s")).Should().Throw<ArgumentException>().WithMessage("*at least one address*");

    [Fact]
    public void Sensors_compare_names_case_insensitively_and_addresses_in_order()
    {
        new Sensor("S1", "10.0.0.1").Should().Be(new Sensor("s1", "10.0.0.1"));
        new Sensor("s1", "10.0.0.1", "10.0.0.2").Should().NotBe(new Sensor("s1", "10.0.0.2", "10.0.0.1"));
    }
}
