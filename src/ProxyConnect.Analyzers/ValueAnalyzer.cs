using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ProxyConnect.Analyzers;

/// <summary>
/// Reports compile-time constants that break the rule of the parameter, property or field they go to, as the member's
/// annotation (<c>[SquidAddress]</c>, <c>[HostOrAddress]</c>, <c>[PortNumber]</c>, <c>[AclName]</c>) says: arguments
/// (positional, named, each element of a <c>params</c> array or array creation), assignments (plain, object and
/// <c>with</c> initializers) and member or parameter initializers. Values that are not constants are never reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ValueAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.InvalidAddress,
        Descriptors.PortOutOfRange,
        Descriptors.InvalidNetwork,
        Descriptors.InvalidAclName,
        Descriptors.AmbiguousLegacyAddress,
        Descriptors.NonCanonicalNetwork);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var annotations = Annotations.TryCreate(start.Compilation);
            if (annotations is null)
            {
                return;
            }

            // One callback per call, not per argument: most calls pass no constant, or go to a method none of whose
            // parameters carries an annotation (the framework's), and are dismissed before any per-argument work.
            start.RegisterOperationAction(c => AnalyzeInvocation(c, annotations), OperationKind.Invocation);
            start.RegisterOperationAction(c => AnalyzeObjectCreation(c, annotations), OperationKind.ObjectCreation);
            start.RegisterOperationAction(c => AnalyzeIndexer(c, annotations), OperationKind.PropertyReference);
            start.RegisterOperationAction(c => AnalyzeAssignment(c, annotations), OperationKind.SimpleAssignment);
            start.RegisterOperationAction(c => AnalyzePropertyInitializer(c, annotations), OperationKind.PropertyInitializer);
            start.RegisterOperationAction(c => AnalyzeFieldInitializer(c, annotations), OperationKind.FieldInitializer);
            start.RegisterOperationAction(c => AnalyzeParameterInitializer(c, annotations), OperationKind.ParameterInitializer);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, Annotations annotations)
    {
        var invocation = (IInvocationOperation)context.Operation;
        AnalyzeArguments(context, annotations, invocation.Arguments, invocation.TargetMethod);
    }

    private static void AnalyzeObjectCreation(OperationAnalysisContext context, Annotations annotations)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        AnalyzeArguments(context, annotations, creation.Arguments, creation.Constructor);
    }

    /// <summary>Indexer arguments (<c>table[80]</c>); a property access without arguments returns at once.</summary>
    private static void AnalyzeIndexer(OperationAnalysisContext context, Annotations annotations)
    {
        var reference = (IPropertyReferenceOperation)context.Operation;
        if (reference.Arguments.IsEmpty)
        {
            return;
        }

        AnalyzeArguments(context, annotations, reference.Arguments, null);
    }

    /// <summary>
    /// The arguments of one call. Cheap test first, with no symbol work: does any argument pass a constant or an array
    /// creation? Then, once per method, can any of its parameters carry a rule? Only then each argument on its own.
    /// </summary>
    private static void AnalyzeArguments(OperationAnalysisContext context, Annotations annotations, ImmutableArray<IArgumentOperation> arguments, IMethodSymbol? method)
    {
        if (!AnyCandidate(arguments) || (method is not null && !annotations.MayHaveAnnotatedParameter(method)))
        {
            return;
        }

        foreach (var argument in arguments)
        {
            AnalyzeArgument(context, annotations, argument);
        }
    }

    private static bool AnyCandidate(ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue && IsCandidate(argument.Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first test of <see cref="Check"/>: only constants, or arrays whose elements may be constants, are checked.</summary>
    private static bool IsCandidate(IOperation value) => value.ConstantValue.HasValue || AsArrayCreation(value) is not null;

    private static void AnalyzeArgument(OperationAnalysisContext context, Annotations annotations, IArgumentOperation argument)
    {
        if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Parameter is not { } parameter)
        {
            // An omitted optional argument is checked once, at the parameter's declaration.
            return;
        }

        Check(context, annotations, parameter, parameter.Type, argument.Value);
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, Annotations annotations)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        switch (assignment.Target)
        {
            case IPropertyReferenceOperation property:
                Check(context, annotations, property.Property, property.Property.Type, assignment.Value);
                break;
            case IFieldReferenceOperation field:
                Check(context, annotations, field.Field, field.Field.Type, assignment.Value);
                break;
        }
    }

    private static void AnalyzePropertyInitializer(OperationAnalysisContext context, Annotations annotations)
    {
        var initializer = (IPropertyInitializerOperation)context.Operation;
        foreach (var property in initializer.InitializedProperties)
        {
            Check(context, annotations, property, property.Type, initializer.Value);
        }
    }

    private static void AnalyzeFieldInitializer(OperationAnalysisContext context, Annotations annotations)
    {
        var initializer = (IFieldInitializerOperation)context.Operation;
        foreach (var field in initializer.InitializedFields)
        {
            Check(context, annotations, field, field.Type, initializer.Value);
        }
    }

    private static void AnalyzeParameterInitializer(OperationAnalysisContext context, Annotations annotations)
    {
        var initializer = (IParameterInitializerOperation)context.Operation;
        Check(context, annotations, initializer.Parameter, initializer.Parameter.Type, initializer.Value);
    }

    /// <summary>The common path. Cheap tests first: a constant (or an array of them) of a type a rule applies to; only then the attributes.</summary>
    private static void Check(OperationAnalysisContext context, Annotations annotations, ISymbol member, ITypeSymbol memberType, IOperation value)
    {
        var array = AsArrayCreation(value);
        if (array is null && !value.ConstantValue.HasValue)
        {
            return;
        }

        var elementType = array is not null && memberType is IArrayTypeSymbol arrayType ? arrayType.ElementType : memberType;
        if (!IsCheckableType(elementType))
        {
            return;
        }

        var kind = annotations.KindOf(member);
        if (kind == ValueKind.None)
        {
            return;
        }

        if (array is null)
        {
            Report(context, kind, value);
            return;
        }

        foreach (var element in array.Initializer!.ElementValues)
        {
            if (element.ConstantValue.HasValue)
            {
                Report(context, kind, element);
            }
        }
    }

    private static IArrayCreationOperation? AsArrayCreation(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value is IArrayCreationOperation { Initializer: not null } array ? array : null;
    }

    private static bool IsCheckableType(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_String:
            case SpecialType.System_Object:
            case SpecialType.System_Int16:
            case SpecialType.System_Int32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt16:
            case SpecialType.System_UInt32:
            case SpecialType.System_UInt64:
            case SpecialType.System_Byte:
            case SpecialType.System_SByte:
                return true;
            default:
                return false;
        }
    }

    private static void Report(OperationAnalysisContext context, ValueKind kind, IOperation value)
    {
        var check = ValueCheck.Check(kind, value.ConstantValue.Value);
        if (!check.IsProblem)
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty;
        if (check.Replacement is not null && IsFixableLiteral(value.Syntax, check.FixKind))
        {
            properties = properties
                .Add(ValueCheck.ReplacementKey, check.Replacement)
                .Add(ValueCheck.FixKindKey, check.FixKind);
        }

        context.ReportDiagnostic(Diagnostic.Create(check.Descriptor!, value.Syntax.GetLocation(), properties, check.Arguments));
    }

    /// <summary>Code fixes rewrite literals only: a string literal, or a number (possibly negated) for a port.</summary>
    internal static bool IsFixableLiteral(SyntaxNode syntax, string? fixKind)
    {
        if (fixKind == ValueCheck.FixDefaultPort)
        {
            if (syntax is PrefixUnaryExpressionSyntax unary && unary.IsKind(SyntaxKind.UnaryMinusExpression))
            {
                syntax = unary.Operand;
            }

            return syntax.IsKind(SyntaxKind.NumericLiteralExpression);
        }

        return syntax.IsKind(SyntaxKind.StringLiteralExpression);
    }
}
