using System.Collections.Generic;

namespace ProxyConnect.Analysis.Binding;

/// <summary>A read-only view of the binder's list of lines, walked with <c>foreach</c> through the list's own struct
/// enumerator: every lint rule walks every <c>acl</c> and <c>http_access</c> line, and through
/// <see cref="IReadOnlyList{T}"/> each walk boxed an enumerator and made two interface calls per line.</summary>
internal readonly struct ReadOnlyItems<T>
{
    private readonly List<T> _items;

    public ReadOnlyItems(List<T> items) => _items = items;

    public int Count => _items.Count;

    public T this[int index] => _items[index];

    public List<T>.Enumerator GetEnumerator() => _items.GetEnumerator();
}
