using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ProxyConnect.Sensors;

namespace ProxyConnect.Cli.Output;

/// <summary>The JSON the tool prints: indented, camelCase names, non-ASCII kept as it is.</summary>
internal static class JsonOutput
{
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary><c>[{"name": "sensor1", "addresses": ["10.1.0.5"]}, …]</c></summary>
    public static string Sensors(IEnumerable<Sensor> sensors) => Write(writer =>
    {
        writer.WriteStartArray();
        foreach (var sensor in sensors)
        {
            writer.WriteStartObject();
            writer.WriteString("name", sensor.Name);
            writer.WriteStartArray("addresses");
            foreach (var address in sensor.Addresses)
            {
                writer.WriteStringValue(address);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });

    public static string Write(System.Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n");
    }
}
