namespace ProxyConnect.Analysis.Evaluation;

/// <summary>How the walk answers one ACL id: inline from a range of one of <see cref="FlatRules"/>' value arrays
/// (source intervals, port ranges or method names), or <see cref="General"/> through <see cref="CompiledAcl.Match"/>.
/// Inline kinds are only used where <see cref="CompiledAcl.Match"/> would do nothing but that comparison, apart from
/// noting the default-target assumption (<see cref="NotesDefaultTarget"/>).</summary>
internal readonly struct AclSlot
{
    public static readonly AclSlot General = new(AclSlotKind.General, -1, -1, notesDefaultTarget: false);

    public AclSlot(AclSlotKind kind, int from, int to, bool notesDefaultTarget)
    {
        Kind = kind;
        From = from;
        To = to;
        NotesDefaultTarget = notesDefaultTarget;
    }

    public AclSlotKind Kind { get; }

    /// <summary>Where the ACL's values start in the array of its kind.</summary>
    public int From { get; }

    /// <summary>Where they end (exclusive).</summary>
    public int To { get; }

    /// <summary>The ACL is one that Squid predefines differently by version and the config leaves alone: its answer
    /// assumes the default target unless the caller named one, as <see cref="CompiledAcl.Match"/> records.</summary>
    public bool NotesDefaultTarget { get; }

    public bool IsInline => Kind != AclSlotKind.General;
}
