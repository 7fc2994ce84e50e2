using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Cli.Commands;

/// <summary>The Squid a run answers for, and how it was chosen (for the output that names it).</summary>
/// <param name="Target">The target.</param>
/// <param name="Source"><see cref="Given"/>, <see cref="Detected"/> or <see cref="Newest"/>.</param>
internal sealed record ChosenTarget(SquidTarget Target, string Source)
{
    /// <summary>Named with <c>--squid-version</c>.</summary>
    public const string Given = "option";

    /// <summary>Read from the local <c>squid -v</c> (<c>--squid-version auto</c>).</summary>
    public const string Detected = "auto";

    /// <summary>The newest Squid ProxyConnect knows: no option, or <c>auto</c> without a local Squid.</summary>
    public const string Newest = "default";

    /// <summary>The newest Squid, chosen because nothing else was asked for.</summary>
    public static ChosenTarget NewestTarget { get; } = new(SquidTarget.Newest, Newest);

    /// <summary><c>7.7</c>, <c>6.13+openssl</c>: the form <c>--squid-version</c> accepts.</summary>
    public string Version => $"{Target.Major}.{Target.Minor}" + (Target.OpenSsl ? "+openssl" : string.Empty);

    /// <summary>For a summary line: <c>Squid 7.7 (the newest; see --squid-version)</c>, <c>Squid 5.7</c>.</summary>
    public string Describe() => Source == Newest ? $"{Target} (the newest; see {SquidVersionOption.Name})" : Target.ToString();

    /// <summary>Writes <c>"target": {"version", "openSsl", "source"}</c> into an open JSON object.</summary>
    public void WriteJson(System.Text.Json.Utf8JsonWriter writer)
    {
        writer.WriteStartObject("target");
        writer.WriteString("version", Version);
        writer.WriteBoolean("openSsl", Target.OpenSsl);
        writer.WriteString("source", Source);
        writer.WriteEndObject();
    }
}
