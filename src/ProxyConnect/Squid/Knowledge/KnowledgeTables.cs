using System.Collections.Generic;

namespace ProxyConnect.Squid.Knowledge;

/// <summary>The raw fact tables of one major version, as the generator writes them (<c>Generated/</c>) plus the
/// hand-measured outcomes (<c>Measured/</c>).</summary>
internal sealed class KnowledgeTables
{
    public KnowledgeTables(
        IReadOnlyList<DirectiveFact> directives,
        IReadOnlyList<AclTypeFact> aclTypes,
        IReadOnlyList<PredefinedAclFact> predefinedAcls,
        IReadOnlyList<PortOptionFact> portOptions,
        IReadOnlyDictionary<SquidProblem, ProblemOutcome> outcomes)
    {
        Directives = directives;
        AclTypes = aclTypes;
        PredefinedAcls = predefinedAcls;
        PortOptions = portOptions;
        Outcomes = outcomes;
    }

    public IReadOnlyList<DirectiveFact> Directives { get; }

    public IReadOnlyList<AclTypeFact> AclTypes { get; }

    public IReadOnlyList<PredefinedAclFact> PredefinedAcls { get; }

    public IReadOnlyList<PortOptionFact> PortOptions { get; }

    public IReadOnlyDictionary<SquidProblem, ProblemOutcome> Outcomes { get; }

    /// <summary>The tables of a major version (4 to 7).</summary>
    public static KnowledgeTables ForMajor(int major) => InterimTables.ForMajor(major);
}
