using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ProxyConnect.Analyzers.CodeFixes;

/// <summary>
/// Replaces a literal with the value the analyzer computed: surrounding white space trimmed, a port out of range
/// replaced by Squid's default 3128, a network in its canonical form (dotted mask as CIDR, host bits cleared, range in
/// order). Only literals are rewritten; a constant defined elsewhere is left for the user to change.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ValueCodeFixProvider))]
[Shared]
public sealed class ValueCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticIds.InvalidAddress,
        DiagnosticIds.PortOutOfRange,
        DiagnosticIds.InvalidNetwork,
        DiagnosticIds.InvalidAclName,
        DiagnosticIds.NonCanonicalNetwork);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(ValueCheck.ReplacementKey, out var replacement) || replacement is null
                || !diagnostic.Properties.TryGetValue(ValueCheck.FixKindKey, out var fixKind) || fixKind is null)
            {
                continue;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (node is ArgumentSyntax argument)
            {
                node = argument.Expression;
            }

            if (node is not ExpressionSyntax expression || !ValueAnalyzer.IsFixableLiteral(expression, fixKind))
            {
                continue;
            }

            var newLiteral = CreateLiteral(fixKind, replacement);
            if (newLiteral is null)
            {
                continue;
            }

            var title = Title(fixKind, replacement);
            context.RegisterCodeFix(
                CodeAction.Create(title, ct => ReplaceAsync(context.Document, expression, newLiteral, ct), equivalenceKey: "PXC-" + fixKind),
                diagnostic);
        }
    }

    private static string Title(string fixKind, string replacement)
    {
        switch (fixKind)
        {
            case ValueCheck.FixTrim:
                return "Remove the surrounding white space";
            case ValueCheck.FixDefaultPort:
                return "Use Squid's default port " + replacement;
            default:
                return "Write " + replacement;
        }
    }

    private static ExpressionSyntax? CreateLiteral(string fixKind, string replacement)
    {
        if (fixKind == ValueCheck.FixDefaultPort)
        {
            return int.TryParse(replacement, NumberStyles.None, CultureInfo.InvariantCulture, out var port)
                ? SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(port))
                : null;
        }

        return SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(replacement));
    }

    private static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax old, ExpressionSyntax replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var newRoot = root.ReplaceNode(old, replacement.WithTriviaFrom(old));
        return document.WithSyntaxRoot(newRoot);
    }
}
