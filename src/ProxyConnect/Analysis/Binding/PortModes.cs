namespace ProxyConnect.Analysis.Binding;

/// <summary>The mode words of <c>http_port</c>, whose meaning the binder and the port rules need (which options go
/// together); whether a target accepts each is the knowledge's answer.</summary>
internal static class PortModes
{
    public const string Accel = "accel";

    /// <summary>The modes Squid refuses to combine; <c>transparent</c> is the old name of <c>intercept</c>.</summary>
    public static readonly string[] Exclusive = { Accel, "intercept", "transparent", "tproxy" };

    /// <summary>The one mode a word stands for (old names mapped), or <see langword="null"/> when it is no exclusive mode.</summary>
    public static string? ExclusiveMode(string word) => word switch
    {
        Accel => Accel,
        "intercept" or "transparent" => "intercept",
        "tproxy" => "tproxy",
        _ => null,
    };
}
