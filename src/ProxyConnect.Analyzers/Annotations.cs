using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ProxyConnect.Analyzers;

/// <summary>
/// The annotation attribute types of one compilation, looked up once when the compilation starts, and the rule of
/// each member asked about, remembered for the rest of the compilation.
/// </summary>
/// <remarks>
/// Most constants in a build go to members that cannot carry an annotation (<c>StringBuilder.Append(": ")</c>): only
/// the compilation's own code, the assemblies that define the attributes and the assemblies that reference those can.
/// That test is one lookup per assembly, so the attributes of the framework's members are never read; a build-time
/// analyzer sees every argument of every call of the project.
/// </remarks>
internal sealed class Annotations
{
    internal const string Namespace = "ProxyConnect.Annotations.";

    private readonly INamedTypeSymbol? _squidAddress;
    private readonly INamedTypeSymbol? _hostOrAddress;
    private readonly INamedTypeSymbol? _portNumber;
    private readonly INamedTypeSymbol? _aclName;
    private readonly IAssemblySymbol _compilationAssembly;
    private readonly HashSet<IAssemblySymbol> _attributeAssemblies;
    private readonly HashSet<string> _attributeAssemblyNames;
    private readonly ConcurrentDictionary<IAssemblySymbol, bool> _mayAnnotate = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, ValueKind> _kinds = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _methodHasAnnotatedParameter = new(SymbolEqualityComparer.Default);
    private readonly Func<IMethodSymbol, bool> _methodHasAnnotatedParameterFactory;
    private readonly Func<IAssemblySymbol, bool> _mayAnnotateFactory;
    private readonly Func<ISymbol, ValueKind> _kindFactory;

    private Annotations(IAssemblySymbol compilationAssembly, INamedTypeSymbol? squidAddress, INamedTypeSymbol? hostOrAddress, INamedTypeSymbol? portNumber, INamedTypeSymbol? aclName)
    {
        _compilationAssembly = compilationAssembly;
        _squidAddress = squidAddress;
        _hostOrAddress = hostOrAddress;
        _portNumber = portNumber;
        _aclName = aclName;
        _attributeAssemblies = new HashSet<IAssemblySymbol>(
            new[] { squidAddress, hostOrAddress, portNumber, aclName }.Where(t => t is not null).Select(t => t!.ContainingAssembly),
            SymbolEqualityComparer.Default);
        // By name: a reference to another version of the attributes' assembly still counts.
        _attributeAssemblyNames = new HashSet<string>(_attributeAssemblies.Select(a => a.Name), StringComparer.Ordinal);
        _mayAnnotateFactory = ComputeMayAnnotate;
        _kindFactory = KindAlongOverrides;
        _methodHasAnnotatedParameterFactory = ComputeHasAnnotatedParameter;
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

        return new Annotations(compilation.Assembly, squidAddress, hostOrAddress, portNumber, aclName);
    }

    /// <summary>
    /// The rule of a parameter, property or field, from its own attributes or, as <c>Inherited = true</c> promises,
    /// from the member it overrides.
    /// </summary>
    internal ValueKind KindOf(ISymbol symbol)
    {
        // An override may live in an assembly that does not reference the attributes' own (its base type's assembly
        // does): only members that override nothing are ruled out by their assembly.
        if (!IsOverride(symbol) && !MayAnnotate(symbol.ContainingAssembly))
        {
            return ValueKind.None;
        }

        return _kinds.GetOrAdd(symbol, _kindFactory);
    }

    /// <summary>
    /// Whether any parameter of the method (or of the one it overrides) has a rule: when none has, no argument of a call
    /// to it needs a look. Asked of the method's definition, remembered per definition: a constructed generic method
    /// (<c>Enumerable.Select&lt;int, string&gt;</c>) has the attributes, assembly and overrides of its definition.
    /// </summary>
    internal bool MayHaveAnnotatedParameter(IMethodSymbol method)
    {
        if (method.Parameters.IsEmpty)
        {
            return false;
        }

        var definition = method.OriginalDefinition;
        if (!definition.IsOverride && !MayAnnotate(definition.ContainingAssembly))
        {
            return false;
        }

        return _methodHasAnnotatedParameter.GetOrAdd(definition, _methodHasAnnotatedParameterFactory);
    }

    private bool ComputeHasAnnotatedParameter(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            if (KindOf(parameter) != ValueKind.None)
            {
                return true;
            }
        }

        return false;
    }

    private ValueKind KindAlongOverrides(ISymbol? symbol)
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

    private bool MayAnnotate(IAssemblySymbol? assembly) => assembly is null || _mayAnnotate.GetOrAdd(assembly, _mayAnnotateFactory);

    private bool ComputeMayAnnotate(IAssemblySymbol assembly) =>
        SymbolEqualityComparer.Default.Equals(assembly, _compilationAssembly)
        || _attributeAssemblies.Contains(assembly)
        || assembly.Modules.Any(m => m.ReferencedAssemblySymbols.Any(r => _attributeAssemblyNames.Contains(r.Name)));

    private static bool IsOverride(ISymbol symbol) => symbol switch
    {
        IParameterSymbol parameter => parameter.ContainingSymbol.IsOverride,
        _ => symbol.IsOverride,
    };

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
