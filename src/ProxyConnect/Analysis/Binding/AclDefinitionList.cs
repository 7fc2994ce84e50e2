using System.Collections;
using System.Collections.Generic;

namespace ProxyConnect.Analysis.Binding;

/// <summary>The lines that add to one ACL, as a read-only view. Most ACLs have one line: that one is held without an
/// array, and a foreach over the view allocates nothing.</summary>
internal readonly struct AclDefinitionList : IReadOnlyList<AclDefinition>
{
    private readonly AclDefinition? _single;
    private readonly AclDefinition[]? _many;

    public AclDefinitionList(AclDefinition? single, AclDefinition[]? many, int count)
    {
        _single = single;
        _many = many;
        Count = count;
    }

    public int Count { get; }

    public AclDefinition this[int index] =>
        (uint)index >= (uint)Count ? throw new System.ArgumentOutOfRangeException(nameof(index))
        : _many is null ? _single! : _many[index];

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<AclDefinition> IEnumerable<AclDefinition>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Walks the view without allocating.</summary>
    public struct Enumerator : IEnumerator<AclDefinition>
    {
        private readonly AclDefinitionList _list;
        private int _index;

        public Enumerator(AclDefinitionList list)
        {
            _list = list;
            _index = -1;
        }

        public AclDefinition Current => _list[_index];

        object IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < _list.Count;

        public void Reset() => _index = -1;

        public void Dispose()
        {
        }
    }
}
