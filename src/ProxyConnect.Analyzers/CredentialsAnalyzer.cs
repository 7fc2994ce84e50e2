using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ProxyConnect.Analyzers;

/// <summary>
/// Reports an object or <c>with</c> initializer that sets <c>Username</c> without <c>Password</c> (or the reverse) on a
/// settings type: a type with string properties <c>Username</c> and <c>Password</c> and at least one property marked
/// with a ProxyConnect annotation (such as <c>SensorProxySettings</c>, or a user's own type marked the same way).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CredentialsAnalyzer : DiagnosticAnalyzer
{
    internal const string UserName = "Username";
    internal const string Password = "Password";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.CredentialsHalfSet);

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

            var settingsTypes = new ConcurrentDictionary<ITypeSymbol, bool>(SymbolEqualityComparer.Default);
            start.RegisterOperationAction(c => Analyze(c, annotations, settingsTypes), OperationKind.ObjectOrCollectionInitializer);
        });
    }

    private static void Analyze(OperationAnalysisContext context, Annotations annotations, ConcurrentDictionary<ITypeSymbol, bool> settingsTypes)
    {
        var initializer = (IObjectOrCollectionInitializerOperation)context.Operation;
        if (initializer.Initializers.IsEmpty || initializer.Type is not { } type
            || !settingsTypes.GetOrAdd(type, t => IsSettingsType(t, annotations)))
        {
            return;
        }

        // In 'new T { ... }' a property the initializer leaves out is unset. In 'x with { ... }', a nested member
        // initializer, or after constructor arguments it may already hold a value: only an explicit null counts there.
        var omittedMeansUnset = initializer.Parent is IObjectCreationOperation creation && creation.Arguments.IsEmpty;

        ISimpleAssignmentOperation? user = null;
        ISimpleAssignmentOperation? password = null;
        foreach (var item in initializer.Initializers)
        {
            if (item is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment)
            {
                if (target.Property.Name == UserName)
                {
                    user = assignment;
                }
                else if (target.Property.Name == Password)
                {
                    password = assignment;
                }
            }
        }

        if (IsSetConstant(user) && IsUnset(password, omittedMeansUnset))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.CredentialsHalfSet, user!.Syntax.GetLocation(), UserName, Password));
        }
        else if (IsSetConstant(password) && IsUnset(user, omittedMeansUnset))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.CredentialsHalfSet, password!.Syntax.GetLocation(), Password, UserName));
        }
    }

    private static bool IsSetConstant(ISimpleAssignmentOperation? assignment) =>
        assignment is not null && assignment.Value.ConstantValue is { HasValue: true, Value: not null };

    private static bool IsUnset(ISimpleAssignmentOperation? assignment, bool omittedMeansUnset) =>
        assignment is null ? omittedMeansUnset : assignment.Value.ConstantValue is { HasValue: true, Value: null };

    private static bool IsSettingsType(ITypeSymbol type, Annotations annotations) =>
        HasStringProperty(type, UserName) && HasStringProperty(type, Password) && annotations.HasAnnotatedProperty(type);

    private static bool HasStringProperty(ITypeSymbol type, string name)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            foreach (var member in t.GetMembers(name))
            {
                if (member is IPropertySymbol { Type.SpecialType: SpecialType.System_String })
                {
                    return true;
                }
            }
        }

        return false;
    }
}
