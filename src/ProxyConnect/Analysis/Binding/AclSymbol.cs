using System.Collections.Generic;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Analysis.Binding;

/// <summary>A named ACL of the bound config: its type, whether the target predefines it, and every line that adds
/// values to it, in processing order. Its state grows while the binder walks, as Squid's ACL object does; the bound
/// config is read only after the walk.</summary>
internal sealed class AclSymbol
{
    private readonly List<AclDefinition> _definitions = new(1);

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
    public IReadOnlyList<AclDefinition> Definitions => _definitions;

    /// <summary>Whether one of its values matches every request (<c>all</c> and its legacy spellings on an address type).</summary>
    public bool MatchesEveryRequest { get; private set; }

    internal void Add(AclDefinition definition) => _definitions.Add(definition);

    internal void MarkMatchesEveryRequest() => MatchesEveryRequest = true;
}
