using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ProxyConnect.Squid;
using ProxyConnect.Values;

namespace ProxyConnect.Sensors.Inventory;

/// <summary>Reads the list of sensors a proxy should let through, from CSV or JSON, for
/// <see cref="SquidConfig.SyncSensors(IEnumerable{Sensor}, SensorPlacement?)"/>.</summary>
/// <remarks>
/// <para>CSV: a header row <c>name,address</c>, then one sensor a row. More addresses go in further columns
/// (<c>plant-b,10.2.0.0/24,10.3.0.7</c>) or in the same cell separated by <c>;</c> or blanks
/// (<c>"10.2.0.0/24; 10.3.0.7"</c>). Cells may be quoted (RFC 4180); empty cells, blank lines and lines starting with
/// <c>#</c> are skipped; a UTF-8 byte order mark is ignored.</para>
/// <para>JSON: <c>[{"name": "sensor1", "addresses": ["10.1.0.5"]}, …]</c>, or an object
/// <c>{"$schema": "…", "sensors": [ … ]}</c> (schema <c>docs/schemas/inventory.schema.json</c>). Unknown properties are
/// refused, so a misspelt key is not silently ignored.</para>
/// <para>Every row is checked as <see cref="Sensor"/> checks it; a name listed twice (case-insensitive, as Squid
/// compares ACL names) is refused. The first problem is thrown as an <see cref="InventoryException"/> naming the
/// file, line and column, so nothing is synced from a half-valid inventory.</para>
/// </remarks>
public static class SensorInventory
{
    /// <summary>Reads an inventory file: JSON when its name ends in <c>.json</c> or its text starts with <c>[</c> or
    /// <c>{</c>, CSV otherwise.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The sensors, in file order.</returns>
    /// <exception cref="IOException">The file cannot be read; the message names it.</exception>
    /// <exception cref="InventoryException">The content is invalid.</exception>
    public static IReadOnlyList<Sensor> Load(string path)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        string text;
        try
        {
            text = File.ReadAllText(path, new UTF8Encoding(false));
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            throw new IOException($"Cannot read sensor inventory '{path}': {ex.Message}", ex);
        }

        return Parse(text, path);
    }

    /// <summary>Reads an inventory from text: JSON when <paramref name="fileName"/> ends in <c>.json</c> or the text
    /// starts with <c>[</c> or <c>{</c>, CSV otherwise.</summary>
    /// <param name="text">The inventory.</param>
    /// <param name="fileName">The name used in error messages, or <see langword="null"/>.</param>
    /// <returns>The sensors, in order.</returns>
    /// <exception cref="InventoryException">The content is invalid.</exception>
    public static IReadOnlyList<Sensor> Parse(string text, string? fileName = null)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var body = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        var json = (fileName != null && fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            || body.StartsWith("[", StringComparison.Ordinal) || body.StartsWith("{", StringComparison.Ordinal);
        return json ? ParseJson(text, fileName) : ParseCsv(text, fileName);
    }

    /// <summary>Reads a CSV inventory (see the remarks of <see cref="SensorInventory"/>).</summary>
    /// <param name="reader">The text.</param>
    /// <param name="fileName">The name used in error messages, or <see langword="null"/>.</param>
    /// <returns>The sensors, in order.</returns>
    /// <exception cref="InventoryException">The content is invalid.</exception>
    public static IReadOnlyList<Sensor> ReadCsv(TextReader reader, string? fileName = null) =>
        ParseCsv((reader ?? throw new ArgumentNullException(nameof(reader))).ReadToEnd(), fileName);

    /// <summary>Reads a JSON inventory (see the remarks of <see cref="SensorInventory"/>).</summary>
    /// <param name="reader">The text.</param>
    /// <param name="fileName">The name used in error messages, or <see langword="null"/>.</param>
    /// <returns>The sensors, in order.</returns>
    /// <exception cref="InventoryException">The content is invalid.</exception>
    public static IReadOnlyList<Sensor> ReadJson(TextReader reader, string? fileName = null) =>
        ParseJson((reader ?? throw new ArgumentNullException(nameof(reader))).ReadToEnd(), fileName);

    private static IReadOnlyList<Sensor> ParseCsv(string text, string? fileName) =>
        Validate(CsvInventoryReader.Read(text, fileName), fileName);

    private static IReadOnlyList<Sensor> ParseJson(string text, string? fileName) =>
        Validate(JsonInventoryReader.Read(text, fileName), fileName);

    /// <summary>Turns raw rows into sensors, reporting the first invalid value or repeated name where it stands.</summary>
    private static IReadOnlyList<Sensor> Validate(IEnumerable<InventoryRow> rows, string? fileName)
    {
        var sensors = new List<Sensor>();
        var seen = new Dictionary<string, InventoryRow>(AclName.Comparer);
        foreach (var row in rows)
        {
            if (!AclName.TryValidate(row.Name.Text, out var nameError))
            {
                throw new InventoryException(At(fileName, row.Name), $"invalid sensor name '{row.Name.Text}': {nameError}");
            }

            if (seen.TryGetValue(row.Name.Text, out var first))
            {
                throw new InventoryException(At(fileName, row.Name),
                    $"sensor '{row.Name.Text}' is listed twice (first at line {first.Name.Line}); ACL names are case-insensitive, so each sensor needs a name of its own.");
            }

            if (row.Addresses.Count == 0)
            {
                throw new InventoryException(At(fileName, row.Name), $"sensor '{row.Name.Text}' has no address; give at least one address, CIDR or range.");
            }

            foreach (var address in row.Addresses)
            {
                try
                {
                    _ = new Sensor(row.Name.Text, address.Text);
                }
                catch (ArgumentException ex)
                {
                    throw new InventoryException(At(fileName, address), WithoutParameter(ex));
                }
            }

            seen.Add(row.Name.Text, row);
            sensors.Add(new Sensor(row.Name.Text, row.Addresses.Select(a => a.Text).ToArray()));
        }

        return sensors;
    }

    private static SourceLocation At(string? fileName, InventoryCell cell) => new(fileName, cell.Line, cell.Column);

    private static string WithoutParameter(ArgumentException ex)
    {
        var suffix = $" (Parameter '{ex.ParamName}')";
        return ex.ParamName != null && ex.Message.EndsWith(suffix, StringComparison.Ordinal) ? ex.Message.Substring(0, ex.Message.Length - suffix.Length) : ex.Message;
    }
}
