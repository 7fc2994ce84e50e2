using FluentAssertions.Execution;
using ProxyConnect.Squid;
using ProxyConnect.Testing.Tests.Support;

namespace ProxyConnect.Testing.Tests;

public class SensorAssertionTests
{
    private readonly SquidConfig config = Configs.Parse(Configs.Sensors);

    [Fact]
    public void ContainSensor_passes_and_its_Which_is_the_sensor()
    {
        config.Should().ContainSensor("plant-b").Which.Addresses.Should().Equal("10.2.0.0/24", "10.2.1.0/24");
    }

    [Fact]
    public void ContainSensor_compares_names_as_Squid_does_ignoring_case()
    {
        config.Should().ContainSensor("Sensor1").WithAddress("10.1.0.5");
    }

    [Fact]
    public void WithAddress_and_WithAddresses_pass_and_chain()
    {
        config.Should().ContainSensor("plant-b")
            .WithAddress("10.2.1.0/24")
            .WithAddress("10.2.0.0/24")
            .WithAddresses("10.2.1.0/24", "10.2.0.0/24")
            .WithAddresses(new List<string> { "10.2.0.0/24", "10.2.1.0/24" }, "order does not matter")
            .And.ContainSensor("sensor1").WithAddresses("10.1.0.5");
    }

    [Fact]
    public void ContainSensor_fails_listing_the_sensors_there_are()
    {
        Failure.Verify(() => config.Should().ContainSensor("sensor9", "{0} was added in the last release", "sensor9"));
    }

    [Fact]
    public void ContainSensor_fails_on_a_config_without_sensors()
    {
        var config = Configs.Parse("http_port 3128\nhttp_access deny all\n");

        Failure.Verify(() => config.Should().ContainSensor("sensor1"));
    }

    [Fact]
    public void WithAddress_fails_with_the_addresses_there_are()
    {
        Failure.Verify(() => config.Should().ContainSensor("plant-b").WithAddress("10.2.0.0/16", "the whole plant must get through"));
    }

    [Fact]
    public void WithAddress_compares_as_written()
    {
        Failure.Verify(() => config.Should().ContainSensor("sensor1").WithAddress("10.1.0.5/32"));
    }

    [Fact]
    public void WithAddresses_fails_naming_the_missing_and_unexpected_values()
    {
        Failure.Verify(() => config.Should().ContainSensor("plant-b").WithAddresses("10.2.0.0/24", "10.2.2.0/24"));
    }

    [Fact]
    public void WithAddresses_with_a_reason_fails_on_a_missing_value()
    {
        Failure.Verify(() => config.Should().ContainSensor("sensor1").WithAddresses(new[] { "10.1.0.5", "10.1.0.6" }, "{0} has two NICs", "sensor1"));
    }

    [Fact]
    public void NotContainSensor_passes_and_fails()
    {
        config.Should().NotContainSensor("sensor9");

        Failure.Verify(() => config.Should().NotContainSensor("SENSOR1", "it was decommissioned"));
    }

    [Fact]
    public void A_null_config_fails()
    {
        SquidConfig? config = null;

        Failure.Verify(() => config.Should().ContainSensor("sensor1").WithAddress("10.1.0.5"));
    }

    [Fact]
    public void A_missing_sensor_inside_a_scope_reports_once_and_address_checks_are_skipped()
    {
        Failure.Verify(() =>
        {
            using var scope = new AssertionScope();
            config.Should().ContainSensor("sensor9").WithAddress("10.9.0.1").WithAddresses("10.9.0.1");
        });
    }
}
