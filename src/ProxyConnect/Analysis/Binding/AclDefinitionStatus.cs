namespace ProxyConnect.Analysis.Binding;

/// <summary>What the binder made of an <c>acl</c> line.</summary>
internal enum AclDefinitionStatus
{
    /// <summary>It adds its values to its ACL.</summary>
    Bound,

    /// <summary>No name.</summary>
    MissingName,

    /// <summary>A name but no type.</summary>
    MissingType,

    /// <summary>A type the target does not know.</summary>
    UnknownType,

    /// <summary>A type the target's build lacks (an OpenSSL type on a GnuTLS build).</summary>
    MissingFeature,

    /// <summary>The name exists already with another type.</summary>
    TypeConflict,

    /// <summary>Squid reads the line and ignores it (a definition of a built-in ACL it no longer takes from the config).</summary>
    Ignored,
}
