namespace ProxyConnect.Analysis.Evaluation;

/// <summary>Which value array of <see cref="FlatRules"/> answers an ACL inline.</summary>
internal enum AclSlotKind : byte
{
    /// <summary>Asked through <see cref="CompiledAcl.Match"/>.</summary>
    General,

    /// <summary>The request's source against <see cref="FlatRules.Intervals"/>.</summary>
    Source,

    /// <summary>The request's port against <see cref="FlatRules.PortRanges"/>.</summary>
    Port,

    /// <summary>The request's method against <see cref="FlatRules.Methods"/>.</summary>
    Method,
}
