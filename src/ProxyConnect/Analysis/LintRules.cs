using System;
using System.Collections.Generic;
using ProxyConnect.Squid;

namespace ProxyConnect.Analysis;

/// <summary>The catalogue: every PXC1nnn id with its title, default severity and help page: lint findings
/// (<see cref="All"/>), warnings of edits (<see cref="EditWarnings"/>) and the build-time expectation check
/// (<see cref="BuildChecks"/>). The analyzers' descriptors, the docs and editing take their ids from here. Ids never
/// change meaning. A finding whose outcome depends on the target Squid (fatal in one version, a warning in another)
/// carries the target's severity; the catalogue gives the default.</summary>
public static class LintRules
{
    private const string HelpFolder = "docs/diagnostics/";

    /// <summary>PXC1001: A UTF-8 byte order mark, which Squid does not strip.</summary>
    public static readonly LintRule ByteOrderMark = new("PXC1001", "Byte order mark before the first directive", Severity.Error, HelpFolder + "PXC1001.md");

    /// <summary>PXC1002: A line continued with a trailing backslash at the end of the file; Squid discards it.</summary>
    public static readonly LintRule OpenContinuation = new("PXC1002", "Continuation open at end of file", Severity.Warning, HelpFolder + "PXC1002.md");

    /// <summary>PXC1003: A carriage return inside a line; Squid ignores the rest of the line.</summary>
    public static readonly LintRule CarriageReturnInLine = new("PXC1003", "Carriage return inside a line", Severity.Warning, HelpFolder + "PXC1003.md");

    /// <summary>PXC1004: A physical line longer than 8191 bytes; Squid splits it.</summary>
    public static readonly LintRule LineTooLong = new("PXC1004", "Physical line longer than 8191 bytes", Severity.Error, HelpFolder + "PXC1004.md");

    /// <summary>PXC1005: A backslash followed by blanks at the end of a line; not a continuation for Squid.</summary>
    public static readonly LintRule BackslashBeforeBlanks = new("PXC1005", "Backslash followed by blanks", Severity.Warning, HelpFolder + "PXC1005.md");

    /// <summary>PXC1010: A directive name Squid does not recognise.</summary>
    public static readonly LintRule UnknownDirective = new("PXC1010", "Unknown directive", Severity.Error, HelpFolder + "PXC1010.md");

    /// <summary>PXC1011: An if without endif, an else or endif without if, or an if expression Squid cannot evaluate.</summary>
    public static readonly LintRule UnbalancedConditional = new("PXC1011", "Unbalanced or invalid if/else/endif", Severity.Error, HelpFolder + "PXC1011.md");

    /// <summary>PXC1012: An include pattern that matches no file.</summary>
    public static readonly LintRule MissingInclude = new("PXC1012", "Include target not found", Severity.Error, HelpFolder + "PXC1012.md");

    /// <summary>PXC1013: Includes nested deeper than 16 levels.</summary>
    public static readonly LintRule IncludeTooDeep = new("PXC1013", "Includes nested too deeply", Severity.Error, HelpFolder + "PXC1013.md");

    /// <summary>PXC1014: A directive the target knows only as obsolete; Squid reports it and ignores the line.</summary>
    public static readonly LintRule ObsoleteDirective = new("PXC1014", "Obsolete directive", Severity.Warning, HelpFolder + "PXC1014.md");

    /// <summary>PXC1015: A directive, ACL type or port option the target's build lacks (OpenSSL-only features on a GnuTLS build).</summary>
    public static readonly LintRule MissingFeature = new("PXC1015", "Feature missing from the target's build", Severity.Error, HelpFolder + "PXC1015.md");

    /// <summary>PXC1020: An acl line without a name or a type.</summary>
    public static readonly LintRule MissingAclNameOrType = new("PXC1020", "acl without name or type", Severity.Error, HelpFolder + "PXC1020.md");

    /// <summary>PXC1021: An ACL type Squid does not know.</summary>
    public static readonly LintRule UnknownAclType = new("PXC1021", "Unknown ACL type", Severity.Error, HelpFolder + "PXC1021.md");

    /// <summary>PXC1022: The same ACL name declared with two types (predefined ACLs included).</summary>
    public static readonly LintRule AclTypeConflict = new("PXC1022", "ACL name reused with another type", Severity.Error, HelpFolder + "PXC1022.md");

    /// <summary>PXC1023: A src, dst or localip value Squid cannot parse.</summary>
    public static readonly LintRule InvalidAddress = new("PXC1023", "Invalid address, CIDR, mask or range", Severity.Error, HelpFolder + "PXC1023.md");

    /// <summary>PXC1024: A port or localport ACL value that is not a port (0 to 65535) or an ordered range of them.</summary>
    public static readonly LintRule InvalidPort = new("PXC1024", "Invalid port or port range", Severity.Error, HelpFolder + "PXC1024.md");

    /// <summary>PXC1025: An acl line without values; the ACL never matches.</summary>
    public static readonly LintRule EmptyAcl = new("PXC1025", "ACL without values", Severity.Warning, HelpFolder + "PXC1025.md");

    /// <summary>PXC1026: A "file" value that cannot be read; Squid logs an error and the ACL gets no values from it.</summary>
    public static readonly LintRule UnreadableAclFile = new("PXC1026", "ACL value file cannot be read", Severity.Warning, HelpFolder + "PXC1026.md");

    /// <summary>PXC1027: An address whose bits outside the mask are set; Squid clears them, so the value means the whole network.</summary>
    public static readonly LintRule HostBitsSet = new("PXC1027", "Host bits set under a mask", Severity.Warning, HelpFolder + "PXC1027.md");

    /// <summary>PXC1028: An address range whose first address is larger than its last.</summary>
    public static readonly LintRule ReversedRange = new("PXC1028", "Reversed address range", Severity.Warning, HelpFolder + "PXC1028.md");

    /// <summary>PXC1029: A bare IPv4 address with a leading zero, which Squid reads as octal.</summary>
    public static readonly LintRule LegacyIPv4 = new("PXC1029", "IPv4 address with leading zeros", Severity.Warning, HelpFolder + "PXC1029.md");

    /// <summary>PXC1030: An http_access rule names an ACL that is not defined anywhere.</summary>
    public static readonly LintRule UndefinedAcl = new("PXC1030", "ACL used but never defined", Severity.Error, HelpFolder + "PXC1030.md");

    /// <summary>PXC1031: An http_access rule names an ACL that is defined only further down.</summary>
    public static readonly LintRule AclDefinedAfterUse = new("PXC1031", "ACL defined after its use", Severity.Error, HelpFolder + "PXC1031.md");

    /// <summary>PXC1032: A lone '!' in an http_access rule.</summary>
    public static readonly LintRule DetachedNegation = new("PXC1032", "'!' separated from its ACL name", Severity.Error, HelpFolder + "PXC1032.md");

    /// <summary>PXC1033: An http_access line whose action is not exactly allow or deny; Squid skips the line.</summary>
    public static readonly LintRule InvalidAccessAction = new("PXC1033", "http_access action is not allow or deny", Severity.Warning, HelpFolder + "PXC1033.md");

    /// <summary>PXC1034: An http_access line without ACLs; Squid skips the line.</summary>
    public static readonly LintRule AccessRuleWithoutAcls = new("PXC1034", "http_access rule without ACLs", Severity.Warning, HelpFolder + "PXC1034.md");

    /// <summary>PXC1035: A rule after an unconditional allow all or deny all.</summary>
    public static readonly LintRule UnreachableRule = new("PXC1035", "http_access rule never reached", Severity.Warning, HelpFolder + "PXC1035.md");

    /// <summary>PXC1036: An allow rule that matches every client.</summary>
    public static readonly LintRule OpenProxy = new("PXC1036", "Open proxy", Severity.Warning, HelpFolder + "PXC1036.md");

    /// <summary>PXC1037: No http_access rule at all; Squid denies every request.</summary>
    public static readonly LintRule NoAccessRules = new("PXC1037", "No http_access rule", Severity.Warning, HelpFolder + "PXC1037.md");

    /// <summary>PXC1038: An ACL option (such as -i or -n) the type does not accept, or a lone '-'.</summary>
    public static readonly LintRule UnsupportedAclOption = new("PXC1038", "ACL option the type does not accept", Severity.Error, HelpFolder + "PXC1038.md");

    /// <summary>PXC1039: A proxy_auth ACL before any auth_param with a helper program.</summary>
    public static readonly LintRule ProxyAuthWithoutAuthParam = new("PXC1039", "proxy_auth ACL without an authentication scheme", Severity.Error, HelpFolder + "PXC1039.md");

    /// <summary>PXC1040: An http_port whose port is missing, not a number or out of range, or whose address is malformed.</summary>
    public static readonly LintRule InvalidHttpPort = new("PXC1040", "Invalid http_port address or port", Severity.Error, HelpFolder + "PXC1040.md");

    /// <summary>PXC1041: An http_port option Squid does not know.</summary>
    public static readonly LintRule UnknownHttpPortOption = new("PXC1041", "Unknown http_port option", Severity.Error, HelpFolder + "PXC1041.md");

    /// <summary>PXC1042: An accelerator option without accel (fatal or a warning, per target and option), or accel, intercept and tproxy combined.</summary>
    public static readonly LintRule HttpPortModeConflict = new("PXC1042", "http_port option needs another mode", Severity.Error, HelpFolder + "PXC1042.md");

    /// <summary>PXC1044: Overlapping domain values of one ACL (fatal before Squid 7, a warning in 7).</summary>
    public static readonly LintRule OverlappingDomains = new("PXC1044", "Overlapping domain values", Severity.Error, HelpFolder + "PXC1044.md");

    /// <summary>PXC1045: A regular-expression ACL value glibc refuses (fatal from Squid 6, dropped with an ERROR line before).</summary>
    public static readonly LintRule InvalidRegex = new("PXC1045", "Invalid regular expression", Severity.Error, HelpFolder + "PXC1045.md");

    /// <summary>PXC1046: A later line of a note, req_header or rep_header ACL that changes its key (fatal from Squid 6).</summary>
    public static readonly LintRule AclKeyChanged = new("PXC1046", "ACL key changed on a later line", Severity.Error, HelpFolder + "PXC1046.md");

    /// <summary>PXC1050: An unquoted token with a character (such as '!') that strict mode refuses.</summary>
    public static readonly LintRule StrictModeCharacter = new("PXC1050", "Character refused under configuration_includes_quoted_values on", Severity.Error, HelpFolder + "PXC1050.md");

    /// <summary>PXC1051: A regular-expression ACL while quoted values are on; Squid refuses it.</summary>
    public static readonly LintRule RegexAclWithQuotedValues = new("PXC1051", "Regex ACL under configuration_includes_quoted_values on", Severity.Error, HelpFolder + "PXC1051.md");

    /// <summary>PXC1060: A conf.d sensor file that Squid does not read before the final deny (an edit warning).</summary>
    public static readonly LintRule SensorFileNotIncluded = new("PXC1060", "conf.d sensor file not read before the final deny", Severity.Warning, HelpFolder + "PXC1060.md");

    /// <summary>PXC1100: An access expectation (squid.expect.json) is not met (build-time check).</summary>
    public static readonly LintRule ExpectationNotMet = new("PXC1100", "Access expectation not met", Severity.Error, HelpFolder + "PXC1100.md");

    /// <summary>PXC1101: The expectation file cannot be read as expectations (build-time check).</summary>
    public static readonly LintRule InvalidExpectations = new("PXC1101", "Invalid expectation file", Severity.Error, HelpFolder + "PXC1101.md");

    /// <summary>PXC1102: The target Squid version given to the build-time check (MSBuild property SquidVersion or
    /// "squidVersion" of the expectation file) is not one ProxyConnect knows.</summary>
    public static readonly LintRule InvalidSquidVersion = new("PXC1102", "Unknown target Squid version", Severity.Error, HelpFolder + "PXC1102.md");

    private static readonly LintRule[] AllRules =
    {
        ByteOrderMark,
        OpenContinuation,
        CarriageReturnInLine,
        LineTooLong,
        BackslashBeforeBlanks,
        UnknownDirective,
        UnbalancedConditional,
        MissingInclude,
        IncludeTooDeep,
        ObsoleteDirective,
        MissingFeature,
        MissingAclNameOrType,
        UnknownAclType,
        AclTypeConflict,
        InvalidAddress,
        InvalidPort,
        EmptyAcl,
        UnreadableAclFile,
        HostBitsSet,
        ReversedRange,
        LegacyIPv4,
        UndefinedAcl,
        AclDefinedAfterUse,
        DetachedNegation,
        InvalidAccessAction,
        AccessRuleWithoutAcls,
        UnreachableRule,
        OpenProxy,
        NoAccessRules,
        UnsupportedAclOption,
        ProxyAuthWithoutAuthParam,
        InvalidHttpPort,
        UnknownHttpPortOption,
        HttpPortModeConflict,
        OverlappingDomains,
        InvalidRegex,
        AclKeyChanged,
        StrictModeCharacter,
        RegexAclWithQuotedValues,
    };

    private static readonly LintRule[] EditRules = { SensorFileNotIncluded };

    private static readonly LintRule[] BuildRules = { ExpectationNotMet, InvalidExpectations, InvalidSquidVersion };

    private static readonly Dictionary<string, LintRule> ById = Index();

    /// <summary>Every lint rule, ordered by id.</summary>
    public static IReadOnlyList<LintRule> All => AllRules;

    /// <summary>The ids of warnings that edits raise (<see cref="SquidConfig.EditWarnings"/>).</summary>
    public static IReadOnlyList<LintRule> EditWarnings => EditRules;

    /// <summary>The ids of the build-time expectation check (<c>squid.expect.json</c>).</summary>
    public static IReadOnlyList<LintRule> BuildChecks => BuildRules;

    /// <summary>The rule with <paramref name="id"/>, or <see langword="null"/> when there is none.</summary>
    /// <param name="id">An id such as <c>PXC1030</c>.</param>
    public static LintRule? Find(string id) => id != null && ById.TryGetValue(id, out var rule) ? rule : null;

    /// <summary>The help page of <paramref name="id"/>: <c>docs/diagnostics/ID.md</c>.</summary>
    /// <param name="id">An id such as <c>PXC1030</c>.</param>
    public static string HelpLinkFor(string id) => Find(id)?.HelpLink ?? HelpFolder + id + ".md";

    private static Dictionary<string, LintRule> Index()
    {
        var map = new Dictionary<string, LintRule>(StringComparer.Ordinal);
        foreach (var rule in AllRules)
        {
            map.Add(rule.Id, rule);
        }

        foreach (var rule in EditRules)
        {
            map.Add(rule.Id, rule);
        }

        foreach (var rule in BuildRules)
        {
            map.Add(rule.Id, rule);
        }

        return map;
    }
}
