namespace ProxyConnect.Squid.Model;

/// <summary>An ACL named in an access rule, possibly negated with <c>!</c>.</summary>
/// <param name="Name">The ACL name, without the <c>!</c>.</param>
/// <param name="IsNegated">Whether the rule requires the ACL not to match.</param>
public sealed record AclReference(string Name, bool IsNegated)
{
    /// <summary>Reads a token as written in a rule (<c>name</c> or <c>!name</c>; only one <c>!</c> is stripped).</summary>
    /// <param name="token">The token.</param>
    public static AclReference Parse(string token) =>
        token.Length > 0 && token[0] == '!' ? new AclReference(token.Substring(1), true) : new AclReference(token, false);

    /// <summary>The form written in a rule.</summary>
    public override string ToString() => IsNegated ? "!" + Name : Name;
}
