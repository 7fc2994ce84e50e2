using System;
using System.Collections.Generic;
using System.Linq;
using ProxyConnect.Sensors;
using ProxyConnect.Sensors.Sync;
using ProxyConnect.Values;

namespace ProxyConnect.Squid;

public sealed partial class SquidConfig
{
    /// <summary>The sensors ProxyConnect manages in this document, in file order: those that
    /// <see cref="SyncSensors(IEnumerable{Sensor}, SensorPlacement?)"/> adds, updates and removes. In a main config
    /// they are the sensors whose lines all stand in the unbroken run of <c>acl NAME src …</c> /
    /// <c>http_access allow NAME</c> lines directly after the marker comment block (where
    /// <see cref="AddSensor(Sensor, SensorPlacement?)"/> puts them); in a conf.d file made by
    /// <see cref="CreateSensorFile(string?)"/>, every sensor. Sensors written anywhere else are hand-written and never
    /// touched. Empty when the document has no such place.</summary>
    public IReadOnlyList<Sensor> ManagedSensors => ManagedSensorBlock.Find(this) ?? Array.Empty<Sensor>();

    /// <summary>Makes the managed sensors exactly <paramref name="sensors"/>: adds the missing ones (in the given
    /// order, after the managed ones already there), updates the addresses of those that changed in place, and
    /// removes managed sensors that are not listed. Hand-written ACLs and rules are never touched. Syncing a document
    /// that is already in sync returns it unchanged.</summary>
    /// <param name="sensors">The inventory: every sensor the proxy should let through.</param>
    /// <param name="placement">Where new sensors go: <see cref="SensorPlacement.AtMarker"/> (the default) or, for a
    /// conf.d file, <see cref="SensorPlacement.ConfD(string)"/>.</param>
    /// <returns>The synced document.</returns>
    /// <exception cref="ArgumentException">Two sensors share a name (names are case-insensitive).</exception>
    /// <exception cref="InvalidOperationException">A listed name is already used by a hand-written ACL (the message
    /// names its line); the document has no marker (nor is it a ProxyConnect conf.d file); a sensor to remove is
    /// still used by a hand-written rule.</exception>
    public SquidConfig SyncSensors(IEnumerable<Sensor> sensors, SensorPlacement? placement = null)
    {
        var wanted = (sensors ?? throw new ArgumentNullException(nameof(sensors))).ToList();
        var byName = new Dictionary<string, Sensor>(AclName.Comparer);
        foreach (var sensor in wanted)
        {
            if (sensor is null)
            {
                throw new ArgumentException("The sensor list contains null.", nameof(sensors));
            }

            if (byName.TryGetValue(sensor.Name, out var first))
            {
                throw new ArgumentException($"Sensor '{sensor.Name}' is listed twice (as '{first.Name}' before); ACL names are case-insensitive, so each sensor must have a name of its own.", nameof(sensors));
            }

            byName.Add(sensor.Name, sensor);
        }

        var managed = ManagedSensorBlock.Find(this) ?? throw new InvalidOperationException(
            $"{FilePath ?? "The config"} has no '# {MarkerText}' comment, so there is no place for the sensors ProxyConnect manages. Sync works on a config with the stock marker, or on a conf.d sensor file (SquidConfig.CreateSensorFile).");
        var managedNames = new HashSet<string>(managed.Select(s => s.Name), AclName.Comparer);

        var result = this;
        foreach (var gone in managed.Where(s => !byName.ContainsKey(s.Name)))
        {
            result = result.RemoveSensor(gone.Name);
        }

        foreach (var sensor in wanted)
        {
            if (!managedNames.Contains(sensor.Name))
            {
                var handWritten = result.FindAcl(sensor.Name).FirstOrDefault();
                if (handWritten != null)
                {
                    throw new InvalidOperationException(
                        $"Sensor '{sensor.Name}' cannot be synced: {handWritten.Location?.ToDisplayString() ?? "the config"} already defines ACL '{handWritten.Name}' by hand ('{handWritten.Syntax.LogicalText}'), and sync never touches hand-written lines. Rename the sensor in the inventory, or remove the hand-written lines once.");
                }
            }

            // AddSensor updates a managed sensor in place when its addresses changed, and returns the document
            // unchanged when they did not.
            result = result.AddSensor(sensor, placement ?? SensorPlacement.AtMarker);
        }

        return result;
    }
}
