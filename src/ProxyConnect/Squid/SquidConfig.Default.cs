using System.IO;
using System.Reflection;

namespace ProxyConnect.Squid;

public sealed partial class SquidConfig
{
    private const string DefaultResource = "ProxyConnect.Squid.Defaults.default-squid.conf";

    /// <summary>ProxyConnect's own minimal config (not Squid's text): the usual port and manager rules,
    /// <c>http_port 3128</c>, the <see cref="MarkerText"/> comment where sensors go, and a final
    /// <c>http_access deny all</c>. Squid 5.7 and later accept it as it is. The command-line tool uses the same text.</summary>
    public static SquidConfig CreateDefault() => Parse(DefaultText);

    /// <summary>The text of <see cref="CreateDefault"/>.</summary>
    public static string DefaultText { get; } = ReadDefault();

    private static string ReadDefault()
    {
        using var stream = typeof(SquidConfig).GetTypeInfo().Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidDataException($"The embedded default config '{DefaultResource}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
