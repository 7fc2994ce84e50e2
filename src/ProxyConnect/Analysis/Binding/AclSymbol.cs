using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Analysis.Binding;

/// <summary>A named ACL of the bound config: its type, whether the target predefines it, and every line that adds
/// values to it, in processing order. Its state grows while the binder walks, as Squid's ACL object does; the bound
/// config is read only after the walk.</summary>
internal sealed class AclSymbol
{
    private AclDefinition? _single;
    private AclDefinition[]? _many;
    private int _count;

    public AclSymbol(string name, AclTypeFact type, PredefinedAclFact? predefined)
    {
        Name = name;
        Type = type;
        Predefined = predefined;
    }

    /// <summary>The name as first written (or as the target predefines it).</summary>
    public string Name { get; }

    /// <summary>The type of its first definition.</summary>
    public AclTypeFact Type { get; }

    /// <summary>The target's own definition when it predefines this ACL.</summary>
    public PredefinedAclFact? Predefined { get; }

    public bool IsPredefined => Predefined is not null;

    /// <summary>The config's lines that add to it.</summary>
    public AclDefinitionList Definitions => new(_single, _many, _count);

    /// <summary>Whether one of its values matches every request (<c>all</c> and its legacy spellings on an address type).</summary>
    public bool MatchesEveryRequest { get; private set; }

    internal void Add(AclDefinition definition)
    {
        if (_count == 0)
        {
            _single = definition;
        }
        else
        {
            if (_many is null)
            {
                _many = new AclDefinition[4];
                _many[0] = _single!;
            }
            else if (_count == _many.Length)
            {
                System.Array.Resize(ref _many, _count * 2);
            }

            _many[_count] = definition;
        }

        _count++;
    }

    internal void MarkMatchesEveryRequest() => MatchesEveryRequest = true;
}
