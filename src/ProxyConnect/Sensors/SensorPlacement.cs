using System;

namespace ProxyConnect.Sensors;

/// <summary>Where new sensor lines go.</summary>
public abstract record SensorPlacement
{
    private SensorPlacement()
    {
    }

    /// <summary>Directly after the <c># INSERT YOUR OWN RULE(S) HERE …</c> comment block (the default): before
    /// Debian's <c>include /etc/squid/conf.d/*.conf</c> and before the final <c>http_access deny all</c>.</summary>
    public static SensorPlacement AtMarker { get; } = new MarkerPlacement();

    /// <summary>Directly before the last <c>http_access deny all</c> (and the comment block above it).</summary>
    public static SensorPlacement BeforeFinalDenyAll { get; } = new BeforeDenyAllPlacement();

    /// <summary>In a file of their own that ProxyConnect owns (for example <c>/etc/squid/conf.d/sensors.conf</c>).
    /// Edit that file's document with this placement; check the main config with
    /// <see cref="ProxyConnect.Squid.SquidConfig.CheckSensorFileIncluded(string)"/>.</summary>
    /// <param name="path">The conf.d file.</param>
    public static SensorPlacement ConfD(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException("A conf.d file path is required.", nameof(path));
        }

        return new ConfDPlacement(path);
    }

    internal sealed record MarkerPlacement : SensorPlacement
    {
        /// <inheritdoc/>
        public override string ToString() => "at the marker";
    }

    internal sealed record BeforeDenyAllPlacement : SensorPlacement
    {
        /// <inheritdoc/>
        public override string ToString() => "before the final http_access deny all";
    }

    internal sealed record ConfDPlacement(string Path) : SensorPlacement
    {
        /// <inheritdoc/>
        public override string ToString() => $"in {Path}";
    }
}
