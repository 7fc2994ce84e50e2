using System;
using System.Collections.Generic;
using System.Linq;
using ProxyConnect.Squid.Knowledge;
using ProxyConnect.Squid.Model;
using ProxyConnect.Squid.Syntax;
using ProxyConnect.Values;

namespace ProxyConnect.Squid.Editing;

/// <summary>General typed edits: add, replace arguments, remove, set single-valued directives. Every edit checks
/// the values it writes, keeps Squid's order rules (an ACL before the rules that use it, an <c>auth_param</c>
/// before any <c>proxy_auth</c> ACL) and leaves every other line byte-identical.</summary>
internal static class DirectiveEditor
{
    public static SquidConfig Add(SquidConfig config, Directive directive, DirectivePosition position)
    {
        CheckWritable(directive);
        var editor = new DocumentEditor(config);
        var index = InsertionIndex(config, directive, position);
        CheckOrderAt(config, directive, index);
        var line = Render(directive.DirectiveName, directive.Arguments, editor.FormatFor(directive.DirectiveName, index));
        editor.Insert(index, new SyntaxNode[] { line });
        return editor.Build();
    }

    public static SquidConfig ReplaceArguments(SquidConfig config, Directive target, IReadOnlyList<string> arguments)
    {
        var index = IndexOf(config, target);
        var old = (DirectiveLine)config.Nodes[index];
        var replacement = Directive.From(Render(old.Name, arguments, LineFormat.Default), null);
        CheckWritable(replacement);
        CheckOrderAt(config, replacement, index);
        var editor = new DocumentEditor(config);
        var format = new LineFormat(old.Indentation, old.Separator, string.Empty);
        var text = Render(old.Name, arguments, format).Text + (old.InlineComment is { } c ? c.LeadingWhitespace + c.Text : string.Empty) + old.LineEnding;
        editor.Replace(index, DocumentEditor.Reparse(text));
        return editor.Build();
    }

    public static SquidConfig Remove(SquidConfig config, Directive target)
    {
        var index = IndexOf(config, target);
        if (target is AclDirective acl && config.FindAcl(acl.Name).Count() == 1)
        {
            var user = config.HttpAccessRules.FirstOrDefault(r => r.Acls.Any(a => AclName.Comparer.Equals(a.Name, acl.Name)));
            if (user != null)
            {
                throw new InvalidOperationException(
                    $"Cannot remove 'acl {acl.Name}' ({acl.Location!.ToDisplayString()}): the rule at {user.Location!.ToDisplayString()} ('{user}') still uses it, and Squid refuses a rule naming an undefined ACL.");
            }
        }

        var editor = new DocumentEditor(config);
        editor.RemoveAt(index);
        return editor.Build();
    }

    /// <summary>Makes <paramref name="name"/> appear once, with <paramref name="arguments"/>: the first existing
    /// line is rewritten in place and any further ones removed; with none, the line is added.</summary>
    public static SquidConfig Set(SquidConfig config, string name, IReadOnlyList<string> arguments)
    {
        var existing = config.LocatedDirectives().Where(d => d.Node.Name == name).ToList();
        if (existing.Count == 0)
        {
            return Add(config, Directive.From(Render(name, arguments, LineFormat.Default), null), DirectivePosition.NextToSameName);
        }

        // Rewriting a line may collapse its continuation lines and so move every later line number, but it replaces
        // one node with one node: the extra lines are found again by node index, never by line number.
        var result = ReplaceArguments(config, Directive.From(existing[0].Node, existing[0].Location), arguments);
        foreach (var extra in existing.Skip(1).Select(e => e.Index).OrderByDescending(i => i))
        {
            result = Remove(result, Directive.From((DirectiveLine)result.Nodes[extra], null));
        }

        return result;
    }

    internal static DirectiveLine Render(string name, IEnumerable<string> arguments, LineFormat format) =>
        DirectiveLine.Create(name, arguments, format);

    /// <summary>Refuses names Squid does not know and values that would not stay one token on one line.</summary>
    private static void CheckWritable(Directive directive)
    {
        var name = directive.DirectiveName;
        if (name != "include" && !SquidKnowledge.AnyVersionKnowsDirective(name))
        {
            throw new ArgumentException($"'{name}' is not a Squid directive this library can add. Check the spelling (directive names are case-sensitive).", nameof(directive));
        }

        var arguments = directive.Arguments;
        for (var i = 0; i < arguments.Count; i++)
        {
            var value = arguments[i];
            var negatedAcl = directive is HttpAccessDirective && i > 0 && value.StartsWith("!", StringComparison.Ordinal);
            if (!ConfigToken.TryValidate(negatedAcl ? value.Substring(1) : value, out var error))
            {
                throw new ArgumentException($"Argument {i + 1} of '{name}': {error}", nameof(directive));
            }
        }

        switch (directive)
        {
            case AclDirective acl:
                AclName.Validate(acl.Name, nameof(directive), allowPredefined: true);
                if (SquidKnowledge.MajorsKnowingAclType(acl.AclType).Count == 0)
                {
                    throw new ArgumentException($"'{acl.AclType}' is not an ACL type Squid knows (for example src, dst, port, method, dstdomain, proxy_auth).", nameof(directive));
                }

                break;
            case HttpAccessDirective rule:
                if (rule.Action == AccessAction.Invalid)
                {
                    throw new ArgumentException($"An http_access rule starts with 'allow' or 'deny', not '{rule.ActionText}'.", nameof(directive));
                }

                if (rule.Acls.Count == 0)
                {
                    throw new ArgumentException("An http_access rule needs at least one ACL; Squid skips a rule without any.", nameof(directive));
                }

                break;
        }
    }

    /// <summary>Squid reads top to bottom: whatever a new line refers to must already stand above it.</summary>
    private static void CheckOrderAt(SquidConfig config, Directive directive, int index)
    {
        var before = DirectivesBefore(config, index).ToList();
        switch (directive)
        {
            case HttpAccessDirective rule:
                foreach (var reference in rule.Acls)
                {
                    if (!AclName.IsPredefined(reference.Name) && !before.OfType<AclDirective>().Any(a => a.IsNamed(reference.Name)))
                    {
                        var later = config.FindAcl(reference.Name).FirstOrDefault();
                        throw new InvalidOperationException(later is null
                            ? $"The rule '{rule}' uses ACL '{reference.Name}', which the config does not define. Add 'acl {reference.Name} …' first."
                            : $"The rule '{rule}' would stand above 'acl {reference.Name}' ({later.Location!.ToDisplayString()}); Squid needs an ACL defined before its first use.");
                    }
                }

                break;
            case AclDirective acl when SquidKnowledge.CanonicalAclType(acl.AclType) is "proxy_auth" or "proxy_auth_regex" or "max_user_ip":
                if (!before.OfType<AuthParamDirective>().Any())
                {
                    throw new InvalidOperationException(
                        $"'acl {acl.Name} {acl.AclType}' needs an auth_param scheme defined above it; Squid refuses a {acl.AclType} ACL without one. Add auth_param lines first (RequireBasicAuth does both).");
                }

                break;
        }

        if (directive is AclDirective defined)
        {
            var earlierUse = DirectivesBefore(config, index).OfType<HttpAccessDirective>()
                .FirstOrDefault(r => r.Acls.Any(a => a.Name.Equals(defined.Name, StringComparison.OrdinalIgnoreCase)));
            if (earlierUse != null && !before.OfType<AclDirective>().Any(a => a.IsNamed(defined.Name)))
            {
                throw new InvalidOperationException(
                    $"'acl {defined.Name}' would stand below its first use at {earlierUse.Location!.ToDisplayString()} ('{earlierUse}'); Squid needs it defined before that.");
            }
        }
    }

    private static IEnumerable<Directive> DirectivesBefore(SquidConfig config, int index) =>
        config.LocatedDirectives().TakeWhile(d => d.Index < index).Select(d => Directive.From(d.Node, d.Location));

    private static int InsertionIndex(SquidConfig config, Directive directive, DirectivePosition position)
    {
        var located = config.LocatedDirectives().Select(d => (d.Index, View: Directive.From(d.Node, d.Location))).ToList();
        switch (position)
        {
            case DirectivePosition.AnchorPosition anchor:
                var at = IndexOf(config, anchor.Anchor);
                return anchor.IsAfter ? at + 1 : config.LeadingCommentsOf(at).Start;
            case DirectivePosition.EndPosition:
                return config.Nodes.Count;
            case DirectivePosition.AfterMarkerPosition:
                return AfterMarker(config);
            case DirectivePosition.BeforeFinalDenyAllPosition:
                return BeforeFinalDenyAll(config, located) ?? throw new InvalidOperationException(
                    $"{config.FilePath ?? "The config"} has no 'http_access deny all' to place the line before.");
        }

        if (directive is AclDirective acl)
        {
            var sameName = located.LastOrDefault(d => d.View is AclDirective a && a.IsNamed(acl.Name));
            if (sameName.View != null)
            {
                return sameName.Index + 1;
            }

            var firstRule = located.FirstOrDefault(d => d.View is HttpAccessDirective);
            var lastAclBeforeRules = located.LastOrDefault(d => d.View is AclDirective && (firstRule.View is null || d.Index < firstRule.Index));
            if (lastAclBeforeRules.View != null)
            {
                return lastAclBeforeRules.Index + 1;
            }

            return firstRule.View != null ? config.LeadingCommentsOf(firstRule.Index).Start : config.Nodes.Count;
        }

        if (directive is HttpAccessDirective && BeforeFinalDenyAll(config, located) is { } beforeDeny)
        {
            return beforeDeny;
        }

        if (directive is AuthParamDirective)
        {
            var lastAuth = located.LastOrDefault(d => d.View is AuthParamDirective);
            if (lastAuth.View != null)
            {
                return lastAuth.Index + 1;
            }

            // Above the first acl, so that proxy_auth ACLs anywhere below can use it.
            var firstAcl = located.FirstOrDefault(d => d.View is AclDirective);
            return firstAcl.View != null ? config.LeadingCommentsOf(firstAcl.Index).Start : config.Nodes.Count;
        }

        var last = located.LastOrDefault(d => d.View.DirectiveName == directive.DirectiveName);
        return last.View != null ? last.Index + 1 : config.Nodes.Count;
    }

    internal static int AfterMarker(SquidConfig config)
    {
        var index = config.AfterMarkerBlock();
        if (index < 0)
        {
            throw new InvalidOperationException(
                $"{config.FilePath ?? "The config"} has no '# {SquidConfig.MarkerText}' comment. Use DirectivePosition.BeforeFinalDenyAll or an explicit position.");
        }

        return index;
    }

    private static int? BeforeFinalDenyAll(SquidConfig config, List<(int Index, Directive View)> located)
    {
        var denyAll = located.LastOrDefault(d => d.View is HttpAccessDirective r && SensorEditor.IsDenyAll(r));
        return denyAll.View is null ? null : config.LeadingCommentsOf(denyAll.Index).Start;
    }

    private static int IndexOf(SquidConfig config, Directive target)
    {
        foreach (var (node, index, _) in config.LocatedDirectives())
        {
            if (ReferenceEquals(node, target.Syntax))
            {
                return index;
            }
        }

        throw new ArgumentException($"'{target}' is not a line of this document (read it from this SquidConfig instance).", nameof(target));
    }
}
