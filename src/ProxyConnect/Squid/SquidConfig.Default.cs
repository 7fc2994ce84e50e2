using ProxyConnect.Squid.Defaults;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Squid;

public sealed partial class SquidConfig
{
    /// <summary>ProxyConnect's own minimal config (not Squid's text) for the newest Squid ProxyConnect knows
    /// (<see cref="SquidTarget.Newest"/>): the usual port and manager rules, <c>http_port 3128</c>, the
    /// <see cref="MarkerText"/> comment where sensors go, and a final <c>http_access deny all</c>. Use
    /// <see cref="CreateDefault(SquidTarget)"/> for an older Squid. The command-line tool uses the same text.</summary>
    public static SquidConfig CreateDefault() => CreateDefault(SquidTarget.Newest);

    /// <summary>ProxyConnect's own minimal config for <paramref name="target"/>, which that Squid accepts without an
    /// ERROR or WARNING line: it defines exactly the ACLs the version does not predefine (<c>CONNECT</c> before
    /// Squid 5, <c>to_linklocal</c> before Squid 6).</summary>
    /// <param name="target">The Squid the config is for.</param>
    /// <returns>The config, with <paramref name="target"/> as its <see cref="Target"/>.</returns>
    public static SquidConfig CreateDefault(SquidTarget target) => Parse(DefaultTextFor(target)).ForTarget(target);

    /// <summary>The text of <see cref="CreateDefault()"/>.</summary>
    public static string DefaultText => DefaultTextFor(SquidTarget.Newest);

    /// <summary>The text of <see cref="CreateDefault(SquidTarget)"/>.</summary>
    /// <param name="target">The Squid the config is for.</param>
    /// <returns>The config text.</returns>
    public static string DefaultTextFor(SquidTarget target) =>
        DefaultConfigTemplate.For(target ?? throw new System.ArgumentNullException(nameof(target)));
}
