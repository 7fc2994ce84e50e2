using ProxyConnect.Cli.Tests.Support;
using ProxyConnect.Squid;
using ProxyConnect.Tests.Shared;

namespace ProxyConnect.Cli.Tests;

/// <summary>The JSON the tool prints, and the files operators write, match the JSON Schemas in docs/schemas.</summary>
public class SchemaTests
{
    private const string Broken = "acl a src 10.0.0.300\nhttp_access allow a nosuch\nhttp_access deny all\n";

    [Fact]
    public void Lint_json_matches_its_schema_with_and_without_findings()
    {
        var schema = Schemas.Docs("lint.schema.json");

        var findings = Tool.RunWithInput(Broken, "lint", "-", "--json");
        var none = Tool.Run("lint", "--format", "json");

        findings.ExitCode.Should().Be(1, findings.ToString());
        Schemas.Errors(schema, findings.Stdout).Should().BeEmpty();
        Schemas.Errors(schema, none.Stdout).Should().BeEmpty();
        Schemas.Errors(schema, findings.Stdout.Replace("\"severity\":\"error\"", "\"severity\":\"fatal\"", StringComparison.Ordinal))
            .Should().NotBeEmpty("the schema must catch a severity that is not error or warning");
    }

    [Theory]
    [InlineData("10.1.0.5", null)]
    [InlineData("192.0.2.7", null)]
    [InlineData("10.1.0.5", "sensor1")]
    public void Check_json_matches_its_schema(string source, string? user)
    {
        var schema = Schemas.Docs("check.schema.json");
        var args = new List<string> { "check", "-", "--src", source, "--json" };
        if (user != null)
        {
            args.AddRange(new[] { "--user", user });
        }

        var result = Tool.RunWithInput(Texts.DefaultWithSensor1, args.ToArray());

        Schemas.Errors(schema, result.Stdout).Should().BeEmpty(result.ToString());
    }

    [Fact]
    public void Sensors_json_matches_its_schema_and_can_be_fed_back_as_an_inventory()
    {
        var sensorsSchema = Schemas.Docs("sensors.schema.json");
        var inventorySchema = Schemas.Docs("inventory.schema.json");

        var result = Tool.RunWithInput(Texts.DefaultWithSensor1, "sensors", "-", "--json");

        Schemas.Errors(sensorsSchema, result.Stdout).Should().BeEmpty(result.ToString());
        Schemas.Errors(inventorySchema, result.Stdout).Should().BeEmpty("the sensors list is a valid inventory");
        Schemas.Errors(inventorySchema, "{\"$schema\": \"x\", \"sensors\": [{\"name\": \"s1\", \"addresses\": [\"10.0.0.1\"]}]}").Should().BeEmpty();
        Schemas.Errors(inventorySchema, "[{\"name\": \"s1\", \"adresses\": [\"10.0.0.1\"]}]").Should().NotBeEmpty();
    }

    [Fact]
    public void Probe_json_matches_its_schema_with_and_without_the_evaluator()
    {
        // A proxy that refuses every request: probe's answer is a result (exit 1) with JSON on stdout, where an
        // unreachable proxy is a failure (exit 2) and prints nothing.
        var schema = Schemas.Docs("probe.schema.json");
        using var temp = new TempFolder();
        var config = temp.Write("squid.conf", Texts.DefaultWithSensor1);
        using var proxy = RefusingProxy.Start();

        var plain = Tool.Run("probe", "--proxy", $"127.0.0.1:{proxy.Port}", "--target", "127.0.0.1:443", "--json", "--timeout", "5");
        var evaluated = Tool.Run("probe", "--proxy", $"127.0.0.1:{proxy.Port}", "--target", "127.0.0.1:443", "--from", "127.0.0.1", "--config", config, "--json", "--timeout", "5");

        plain.ExitCode.Should().Be(1, plain.ToString());
        Schemas.Errors(schema, plain.Stdout).Should().BeEmpty(plain.ToString());
        evaluated.ExitCode.Should().Be(1, evaluated.ToString());
        evaluated.Stdout.Should().Contain("\"agreement\": \"disagrees\"", "the config lets the sensor proxy's own host in, and this proxy refuses everything");
        evaluated.Stdout.Should().Contain("\"target\": {", "the embedded check names the Squid it evaluated for");
        Schemas.Errors(schema, evaluated.Stdout).Should().BeEmpty(evaluated.ToString());
    }

    [Fact]
    public void The_sample_expectation_file_matches_its_schema_and_a_schema_key_is_allowed()
    {
        var schema = Schemas.Docs("squid-expect.schema.json");
        var sample = File.ReadAllText(Path.Combine(RepoPaths.Root, "samples", "ConfigCheckDemo", "deploy", "squid.expect.json"));

        Schemas.Errors(schema, sample).Should().BeEmpty();
        Schemas.Errors(schema, "{\"$schema\": \"../docs/schemas/squid-expect.schema.json\", \"deny\": [{\"source\": \"192.0.2.7\", \"port\": 22}]}").Should().BeEmpty();
        Schemas.Errors(schema, "{\"maybe\": []}").Should().NotBeEmpty();
        Schemas.Errors(schema, "{\"allow\": [{\"source\": \"10.0.0.1\", \"port\": 70000}]}").Should().NotBeEmpty();
    }
}
