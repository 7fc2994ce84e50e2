namespace ProxyConnect.Squid.Model;

/// <summary>The action word of an access rule.</summary>
public enum AccessAction
{
    /// <summary>Neither <c>allow</c> nor <c>deny</c> (Squid skips such a line, case matters).</summary>
    Invalid,

    /// <summary><c>allow</c>.</summary>
    Allow,

    /// <summary><c>deny</c>.</summary>
    Deny,
}
