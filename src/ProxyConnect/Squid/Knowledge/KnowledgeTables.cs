using System.Collections.Generic;

namespace ProxyConnect.Squid.Knowledge;

/// <summary>The raw fact tables of one major version, as the generator writes them (<c>Generated/</c>) plus the
/// hand-measured outcomes (<c>Measured/</c>).</summary>
internal sealed class KnowledgeTables
{
    public KnowledgeTables(
        string version,
        IReadOnlyList<DirectiveFact> directives,
        IReadOnlyList<AclTypeFact> aclTypes,
        IReadOnlyList<PredefinedAclFact> predefinedAcls,
        IReadOnlyList<PortOptionFact> portOptions,
        ProblemOutcome[] outcomes)
    {
        Version = version;
        Directives = directives;
        AclTypes = aclTypes;
        PredefinedAcls = predefinedAcls;
        PortOptions = portOptions;
        Outcomes = outcomes;
    }

    /// <summary>The Squid release the generated facts were read from (<c>6.13</c>).</summary>
    public string Version { get; }

    public IReadOnlyList<DirectiveFact> Directives { get; }

    public IReadOnlyList<AclTypeFact> AclTypes { get; }

    public IReadOnlyList<PredefinedAclFact> PredefinedAcls { get; }

    public IReadOnlyList<PortOptionFact> PortOptions { get; }

    /// <summary>What the version does with each problem, indexed by <see cref="SquidProblem"/>.</summary>
    public ProblemOutcome[] Outcomes { get; }

    /// <summary>The tables of a major version (4 to 7).</summary>
    public static KnowledgeTables ForMajor(int major) => major switch
    {
        4 => new(Squid4Tables.Version, Squid4Tables.Directives, Squid4Tables.AclTypes, Squid4Tables.PredefinedAcls, Squid4Tables.PortOptions, ProblemOutcomes.ForMajor(4)),
        5 => new(Squid5Tables.Version, Squid5Tables.Directives, Squid5Tables.AclTypes, Squid5Tables.PredefinedAcls, Squid5Tables.PortOptions, ProblemOutcomes.ForMajor(5)),
        6 => new(Squid6Tables.Version, Squid6Tables.Directives, Squid6Tables.AclTypes, Squid6Tables.PredefinedAcls, Squid6Tables.PortOptions, ProblemOutcomes.ForMajor(6)),
        7 => new(Squid7Tables.Version, Squid7Tables.Directives, Squid7Tables.AclTypes, Squid7Tables.PredefinedAcls, Squid7Tables.PortOptions, ProblemOutcomes.ForMajor(7)),
        _ => throw new System.ArgumentOutOfRangeException(nameof(major), major, "ProxyConnect knows Squid 4 to 7."),
    };
}
