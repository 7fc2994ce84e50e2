using System.Collections.Generic;

namespace ProxyConnect.Sensors.Inventory;

/// <summary>A value read from an inventory, with where it stands (1-based line and column).</summary>
internal sealed record InventoryCell(string Text, int Line, int Column);

/// <summary>One sensor as written in an inventory, before it is checked.</summary>
internal sealed record InventoryRow(InventoryCell Name, IReadOnlyList<InventoryCell> Addresses);
