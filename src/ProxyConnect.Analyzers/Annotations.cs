using Microsoft.CodeAnalysis;

namespace ProxyConnect.Analyzers;

/// <summary>The annotation attribute types of one compilation, looked up once when the compilation starts.</summary>
internal sealed class Annotations
{
    internal const string Namespace = "ProxyConnect.Annotations.";

    private readonly INamedTypeSymbol? _squidAddress;
    private readonly INamedTypeSymbol? _hostOrAddress;
    private readonly INamedTypeSymbol? _portNumber;
    private readonly INamedTypeSymbol? _aclName;

    private Annotations(INamedTypeSymbol? squidAddress, INamedTypeSymbol? hostOrAddress, INamedTypeSymbol? portNumber, INamedTypeSymbol? aclName)
    {
        _squidAddress = squidAddress;
        _hostOrAddress = hostOrAddress;
        _portNumber = portNumber;
        _aclName = aclName;
    }

    /// <summary>The attribute types, or <see langword="null"/> when the compilation has none of them (nothing to check).</summary>
    internal static Annotations? TryCreate(Compilation compilation)
    {
        var squidAddress = compilation.GetTypeByMetadataName(Namespace + "SquidAddressAttribute");
        var hostOrAddress = compilation.GetTypeByMetadataName(Namespace + "HostOrAddressAttribute");
        var portNumber = compilation.GetTypeByMetadataName(Namespace + "PortNumberAttribute");
        var aclName = compilation.GetTypeByMetadataName(Namespace + "AclNameAttribute");
        if (squidAddress is null && hostOrAddress is null && portNumber is null && aclName is null)
        {
            return null;
        }

        return new Annotations(squidAddress, hostOrAddress, portNumber, aclName);
    }

    /// <summary>
    /// The rule of a parameter, property or field, from its own attributes or, as <c>Inherited = true</c> promises,
    /// from the member it overrides.
    /// </summary>
    internal ValueKind KindOf(ISymbol? symbol)
    {
        var depth = 0;
        while (symbol is not null && depth++ < 8)
        {
            var kind = OwnKind(symbol);
            if (kind != ValueKind.None)
            {
                return kind;
            }

            symbol = Overridden(symbol);
        }

        return ValueKind.None;
    }

    /// <summary>Whether the type declares or inherits a property with one of the annotations.</summary>
    internal bool HasAnnotatedProperty(ITypeSymbol type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            foreach (var member in t.GetMembers())
            {
                if (member is IPropertySymbol && OwnKind(member) != ValueKind.None)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static ISymbol? Overridden(ISymbol symbol)
    {
        switch (symbol)
        {
            case IPropertySymbol property:
                return property.OverriddenProperty;
            case IParameterSymbol { ContainingSymbol: IMethodSymbol { OverriddenMethod: { } baseMethod } } parameter
                when parameter.Ordinal < baseMethod.Parameters.Length:
                return baseMethod.Parameters[parameter.Ordinal];
            default:
                return null;
        }
    }

    private ValueKind OwnKind(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            var type = attribute.AttributeClass;
            if (type is null)
            {
                continue;
            }

            if (SymbolEqualityComparer.Default.Equals(type, _squidAddress))
            {
                return ValueKind.SquidAddress;
            }

            if (SymbolEqualityComparer.Default.Equals(type, _hostOrAddress))
            {
                return ValueKind.HostOrAddress;
            }

            if (SymbolEqualityComparer.Default.Equals(type, _portNumber))
            {
                return ValueKind.PortNumber;
            }

            if (SymbolEqualityComparer.Default.Equals(type, _aclName))
            {
                return ValueKind.AclName;
            }
        }

        return ValueKind.None;
    }
}
