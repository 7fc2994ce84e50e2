namespace ProxyConnect.Squid;

/// <summary>How bad a finding is.</summary>
public enum Severity
{
    /// <summary>Squid starts, but the config does not do what it looks like.</summary>
    Warning = 1,

    /// <summary>Squid refuses the config (or drops the line), so this must be fixed.</summary>
    Error = 2,
}
