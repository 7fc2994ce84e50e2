using ProxyConnect.Sensors;
using ProxyConnect.Sensors.Inventory;

namespace ProxyConnect.Tests.Sensors;

public class SensorInventoryTests
{
    [Fact]
    public void Csv_takes_further_columns_semicolons_blanks_quotes_comments_crlf_and_a_bom()
    {
        var text = "\uFEFFName , Address\r\n# plant A\r\nsensor1,10.1.0.5\r\n\r\nplant-b, 10.2.0.0/24 ,10.3.0.7\r\n\"s3\",\"10.4.0.1; 10.4.0.2 10.4.0.3\"\r\n";

        var sensors = SensorInventory.Parse(text, "inv.csv");

        sensors.Should().Equal(
            new Sensor("sensor1", "10.1.0.5"),
            new Sensor("plant-b", "10.2.0.0/24", "10.3.0.7"),
            new Sensor("s3", "10.4.0.1", "10.4.0.2", "10.4.0.3"));
        sensors.Select(s => s.Addresses.Count).Should().Equal(1, 2, 3);
    }

    [Fact]
    public void Csv_columns_under_another_header_are_ignored_and_address_headers_may_repeat()
    {
        var sensors = SensorInventory.Parse("name,address,site,address\nsensor1,10.1.0.5,Hall 3,10.1.0.6\n");

        sensors.Should().ContainSingle().Which.Addresses.Should().Equal("10.1.0.5", "10.1.0.6");
    }

    [Fact]
    public void Json_takes_an_array_or_an_object_with_schema_and_sensors()
    {
        var array = SensorInventory.Parse("[ {\"name\": \"sensor1\", \"addresses\": [\"10.1.0.5\", \"fd00::7\"]} ]");
        var wrapped = SensorInventory.ReadJson(new StringReader("{\"$schema\": \"inventory.schema.json\", \"sensors\": [{\"addresses\": [\"10.1.0.5\"], \"name\": \"s\\u0031\"}]}"));

        array.Should().Equal(new Sensor("sensor1", "10.1.0.5", "fd00::7"));
        wrapped.Should().Equal(new Sensor("s1", "10.1.0.5"));
    }

    [Theory]
    [InlineData("name,address\nsensor1,10.1.0.5\nsensor2,10.0.0.300\n", 3, 9, "octet 4 (300)")]
    [InlineData("name,address\nall,10.1.0.5\n", 2, 1, "'all'")]
    [InlineData("name,address\nsensor1,all\n", 2, 9, "every client")]
    [InlineData("name,address\nsensor1,10.1.0.5\nSensor1,10.1.0.6\n", 3, 1, "listed twice (first at line 2)")]
    [InlineData("name,address\n\"sensor1,10.1.0.5\n", 2, 1, "never closed")]
    [InlineData("name,address\nsen\"sor,10.1.0.5\n", 2, 4, "inside an unquoted cell")]
    [InlineData("address,name\n", 1, 1, "header 'name,address'")]
    [InlineData("", 1, 1, "empty")]
    [InlineData("[{\"name\": \"s1\", \"addresses\": [\"10.1.0.5\"]},\n {\"name\": \"s2\"}]", 2, 11, "has no address")]
    [InlineData("[{\"name\": \"s1\", \"addresses\": \"10.1.0.5\"}]", 1, 30, "must be an array")]
    [InlineData("[{\"name\": \"s1\", \"addresses\": [\"10.1.0.5\"],}]", 1, 43, "property name")]
    [InlineData("{\"sensor\": []}", 1, 2, "unknown property \"sensor\"")]
    [InlineData("[{\"name\": \"s1\"", 1, 15, "end of the JSON text")]
    public void The_first_problem_is_reported_with_file_line_and_column(string text, int line, int column, string what)
    {
        var act = () => SensorInventory.Parse(text, "inventory.txt");

        var error = act.Should().Throw<InventoryException>().Which;
        error.Location.Should().Be(new ProxyConnect.Squid.SourceLocation("inventory.txt", line, column));
        error.Message.Should().StartWith($"inventory.txt line {line}, column {column}: ").And.Contain(what);
    }

    [Fact]
    public void Load_names_an_unreadable_file()
    {
        var missing = Path.Combine(Path.GetTempPath(), "proxyconnect-no-such-inventory.csv");

        var act = () => SensorInventory.Load(missing);

        act.Should().Throw<IOException>().WithMessage($"Cannot read sensor inventory '{missing}'*");
    }
}
