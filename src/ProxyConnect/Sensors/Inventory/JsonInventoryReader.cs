using System;
using System.Collections.Generic;
using ProxyConnect.Squid;

namespace ProxyConnect.Sensors.Inventory;

/// <summary>Reads a JSON inventory: <c>[{"name": …, "addresses": [ … ]}]</c> or
/// <c>{"$schema": …, "sensors": [ … ]}</c>, refusing unknown properties.</summary>
internal static class JsonInventoryReader
{
    public static IEnumerable<InventoryRow> Read(string text, string? fileName)
    {
        var root = InventoryJson.Parse(text, fileName);
        var list = root.AsArray ?? SensorsOf(root, fileName);
        var rows = new List<InventoryRow>();
        foreach (var item in list)
        {
            rows.Add(ToRow(item, fileName));
        }

        return rows;
    }

    private static List<InventoryJsonValue> SensorsOf(InventoryJsonValue root, string? fileName)
    {
        var members = root.AsObject ?? throw At(root, fileName, $"the inventory must be an array of sensors (or an object with \"sensors\"), not {root.KindName}.");
        List<InventoryJsonValue>? sensors = null;
        foreach (var member in members)
        {
            switch (member.Key.AsString)
            {
                case "$schema" when member.Value.AsString != null:
                    break;
                case "sensors":
                    sensors = member.Value.AsArray ?? throw At(member.Value, fileName, $"\"sensors\" must be an array, not {member.Value.KindName}.");
                    break;
                default:
                    throw At(member.Key, fileName, $"unknown property \"{member.Key.AsString}\": expected \"sensors\" (and optionally \"$schema\" as a string).");
            }
        }

        return sensors ?? throw At(root, fileName, "the inventory object has no \"sensors\" array.");
    }

    private static InventoryRow ToRow(InventoryJsonValue item, string? fileName)
    {
        var members = item.AsObject ?? throw At(item, fileName, $"each sensor must be an object {{\"name\": …, \"addresses\": [ … ]}}, not {item.KindName}.");
        InventoryCell? name = null;
        List<InventoryCell>? addresses = null;
        foreach (var member in members)
        {
            switch (member.Key.AsString)
            {
                case "name":
                    var text = member.Value.AsString ?? throw At(member.Value, fileName, $"\"name\" must be a string, not {member.Value.KindName}.");
                    name = new InventoryCell(text, member.Value.Line, member.Value.Column);
                    break;
                case "addresses":
                    var values = member.Value.AsArray ?? throw At(member.Value, fileName, $"\"addresses\" must be an array of strings, not {member.Value.KindName}.");
                    addresses = new List<InventoryCell>();
                    foreach (var value in values)
                    {
                        var address = value.AsString ?? throw At(value, fileName, $"each address must be a string, not {value.KindName}.");
                        addresses.Add(new InventoryCell(address, value.Line, value.Column));
                    }

                    break;
                default:
                    throw At(member.Key, fileName, $"unknown property \"{member.Key.AsString}\": a sensor has \"name\" and \"addresses\".");
            }
        }

        if (name is null)
        {
            throw At(item, fileName, "a sensor without \"name\".");
        }

        return new InventoryRow(name, addresses ?? new List<InventoryCell>());
    }

    private static InventoryException At(InventoryJsonValue value, string? fileName, string problem) =>
        new(new SourceLocation(fileName, value.Line, value.Column), problem);
}
