using System;
using System.Collections.Generic;

namespace ProxyConnect.Analysis.Binding;

/// <summary>The ACLs by name, compared as Squid compares them (ignoring case), looked up by a word of the source text
/// so that a reference costs no string. Open addressing, grown to the config: the table is as large as the number of
/// ACLs needs, not a fixed worst case.</summary>
internal sealed class AclSymbolTable
{
    private Entry[] _entries = new Entry[32];
    private readonly List<AclSymbol> _inOrder = new();

    /// <summary>Every ACL, in the order it was first defined (predefined ones first).</summary>
    public IReadOnlyList<AclSymbol> Symbols => _inOrder;

    public int Count => _inOrder.Count;

    public AclSymbol? Find(Word name)
    {
        var hash = name.IgnoreCaseHash();
        var mask = _entries.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var entry = _entries[i];
            if (entry.Slot == 0)
            {
                return null;
            }

            if (entry.Hash == hash)
            {
                var symbol = _inOrder[entry.Slot - 1];
                if (name.EqualsIgnoreCase(symbol.Name))
                {
                    return symbol;
                }
            }
        }
    }

    public AclSymbol? Find(string name) => Find(new Word(name, 0, name.Length, 0, 1, false));

    /// <summary>Adds a symbol whose name is not in the table yet.</summary>
    public void Add(AclSymbol symbol)
    {
        if ((_inOrder.Count + 1) * 2 > _entries.Length)
        {
            Grow();
        }

        _inOrder.Add(symbol);
        Insert(new Entry(new Word(symbol.Name, 0, symbol.Name.Length, 0, 1, false).IgnoreCaseHash(), _inOrder.Count));
    }

    private void Insert(Entry entry)
    {
        var mask = _entries.Length - 1;
        var i = entry.Hash & mask;
        while (_entries[i].Slot != 0)
        {
            i = (i + 1) & mask;
        }

        _entries[i] = entry;
    }

    private void Grow()
    {
        var old = _entries;
        _entries = new Entry[old.Length * 2];
        foreach (var entry in old)
        {
            if (entry.Slot != 0)
            {
                Insert(entry);
            }
        }
    }

    /// <summary>A hash and the 1-based position of the symbol in <see cref="Symbols"/> (0: empty): 8 bytes a slot.</summary>
    private readonly struct Entry
    {
        public Entry(int hash, int slot)
        {
            Hash = hash;
            Slot = slot;
        }

        public int Hash { get; }

        public int Slot { get; }
    }
}
