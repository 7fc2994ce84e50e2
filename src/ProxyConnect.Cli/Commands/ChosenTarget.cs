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
    /// <remarks>Concatenated, not interpolated: the target's own text is interpolated, and an interpolated string
    /// built while another one holds its pooled buffer makes the shared pool set up its per-processor store, which
    /// first calibrates how fast the processor number can be read (measured: 2 % of a native stock-config lint).
    /// <see cref="Lint.LintTargetOutput.AddToSummary"/> concatenates for the same reason.</remarks>
    public string Describe() => Source == Newest ? string.Concat(Target.ToString(), " (the newest; see ", SquidVersionOption.Name, ")") : Target.ToString();

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
