using System.Collections.Generic;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Analysis.Binding;

/// <summary>The symbol table of a config for one target, built by one pass of the <see cref="Binder"/>: every ACL
/// (predefined ones included) with its definitions, the access rules with their ACLs resolved, the ports, the
/// authentication schemes, and what the pass met on the way. Lint rules, the evaluator and edit checks read it;
/// none of them walks the text again. Read-only once built.</summary>
internal sealed class BoundConfig
{
    public BoundConfig(
        SquidKnowledge knowledge,
        AclSymbolTable acls,
        List<AclDefinition> aclDefinitions,
        List<AccessRuleBinding> accessLines,
        IReadOnlyList<PortBinding> ports,
        IReadOnlyCollection<string> authSchemes,
        IReadOnlyList<DirectiveNote> directiveNotes,
        IReadOnlyList<PreprocessorProblem> preprocessorProblems,
        IReadOnlyList<DirectiveSite> quotedValueLines,
        bool hasUnfollowedInclude,
        string? mainFilePath,
        int directiveCount,
        IReadOnlyList<DirectiveSite> activeDirectives)
    {
        Knowledge = knowledge;
        Acls = acls;
        AclDefinitions = new ReadOnlyItems<AclDefinition>(aclDefinitions);
        AccessLines = new ReadOnlyItems<AccessRuleBinding>(accessLines);
        Ports = ports;
        AuthSchemes = authSchemes;
        DirectiveNotes = directiveNotes;
        PreprocessorProblems = preprocessorProblems;
        QuotedValueLines = quotedValueLines;
        HasUnfollowedInclude = hasUnfollowedInclude;
        MainFilePath = mainFilePath;
        DirectiveCount = directiveCount;
        ActiveDirectives = activeDirectives;
    }

    /// <summary>Every directive Squid reads (inactive <c>if</c> branches and preprocessor lines left out), in
    /// processing order; empty unless the binding was asked to collect them (lint does not need them).</summary>
    public IReadOnlyList<DirectiveSite> ActiveDirectives { get; }

    /// <summary>The facts of the target the config was bound for.</summary>
    public SquidKnowledge Knowledge { get; }

    public SquidTarget Target => Knowledge.Target;

    /// <summary>Every ACL by name.</summary>
    public AclSymbolTable Acls { get; }

    /// <summary>Every active <c>acl</c> line in processing order, whatever became of it.</summary>
    public ReadOnlyItems<AclDefinition> AclDefinitions { get; }

    /// <summary>Every active <c>http_access</c> line in processing order (invalid ones included).</summary>
    public ReadOnlyItems<AccessRuleBinding> AccessLines { get; }

    public IReadOnlyList<PortBinding> Ports { get; }

    /// <summary>The schemes named by <c>auth_param</c> lines with a <c>program</c> (Squid needs one to use the scheme).</summary>
    public IReadOnlyCollection<string> AuthSchemes { get; }

    public IReadOnlyList<DirectiveNote> DirectiveNotes { get; }

    public IReadOnlyList<PreprocessorProblem> PreprocessorProblems { get; }

    /// <summary>Active <c>acl</c> and <c>http_access</c> lines read while <c>configuration_includes_quoted_values</c> was on.</summary>
    public IReadOnlyList<DirectiveSite> QuotedValueLines { get; }

    /// <summary>An <c>include</c> could not be followed (text without a file, a command): checks that need the whole
    /// config are then not conclusive.</summary>
    public bool HasUnfollowedInclude { get; }

    public string? MainFilePath { get; }

    /// <summary>Directive lines seen (active or not), in every file read.</summary>
    public int DirectiveCount { get; }
}
