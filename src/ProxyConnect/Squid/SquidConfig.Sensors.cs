using System.Collections.Generic;
using System.Linq;
using ProxyConnect.Analysis.Binding;
using ProxyConnect.Squid.Knowledge;
using ProxyConnect.Sensors;
using ProxyConnect.Squid.Editing;
using ProxyConnect.Squid.Model;

namespace ProxyConnect.Squid;

public sealed partial class SquidConfig
{
    private IReadOnlyList<DirectiveSite>? _activeSites;
    private Directive[]? _activeDirectives;

    /// <summary>Where the directives Squid reads from this document stand, <c>include</c>s not followed, without typed
    /// views: editors read their words (<see cref="WordBuffer"/>) and make a view only of the few lines they change or
    /// name in a message, so an edit of a large config does not tokenize every line.</summary>
    internal IReadOnlyList<DirectiveSite> ActiveSites() =>
        _activeSites ??= Binder.Bind(this, SquidKnowledge.For(Target), followIncludes: false, collectActiveDirectives: true).ActiveDirectives;

    /// <summary>The directives Squid reads from this document, <c>include</c>s not followed: <c>if</c> branches are
    /// resolved by the same code that <see cref="Evaluate(Analysis.AccessRequest)"/> and lint use, so that sensors,
    /// listening ports and access answers always describe the same lines.</summary>
    internal IReadOnlyList<Directive> ActiveDirectives() =>
        _activeDirectives ??= ActiveSites().Select(site => site.View()).ToArray();

    /// <summary>The sensors this config lets through: every <c>acl NAME src …</c> that an
    /// <c>http_access allow NAME</c> rule names (alone, or with one login ACL: <see cref="Sensor.RequiredAcl"/>),
    /// hand-written ones included, in rule order. Lines in an <c>if</c> branch Squid skips do not count.</summary>
    public IReadOnlyList<Sensor> Sensors => SensorEditor.Read(this);

    /// <summary>Adds a sensor: exactly <c>acl NAME src VALUE…</c> and <c>http_access allow NAME</c> (with
    /// <see cref="Sensor.RequiredAcl"/>: <c>http_access allow NAME ACL</c>), formatted like their neighbours. Adding a sensor that is already there with the same values returns this document unchanged;
    /// with other values its <c>acl</c> line is updated in place.</summary>
    /// <param name="sensor">The sensor.</param>
    /// <param name="placement">Where the lines go; <see cref="SensorPlacement.AtMarker"/> by default.</param>
    /// <returns>The edited document. <see cref="EditWarnings"/> says if the rule lands where Squid never reaches it
    /// (PXC1035), or if the sensor gets in without a login where other clients must log in (PXC1070).</returns>
    /// <exception cref="System.InvalidOperationException">There is no marker (or no final deny for
    /// <see cref="SensorPlacement.BeforeFinalDenyAll"/>), the name is taken by an ACL that is not this sensor, or the
    /// required ACL is not a login ACL defined above the rule (the message names its line).</exception>
    public SquidConfig AddSensor(Sensor sensor, SensorPlacement? placement = null) =>
        SensorEditor.Add(this, sensor ?? throw new System.ArgumentNullException(nameof(sensor)), placement ?? SensorPlacement.AtMarker);

    /// <summary>Replaces the addresses of an existing sensor in place.</summary>
    /// <param name="sensor">The sensor with its new addresses.</param>
    /// <exception cref="System.InvalidOperationException">No such sensor.</exception>
    public SquidConfig UpdateSensor(Sensor sensor) =>
        SensorEditor.Update(this, sensor ?? throw new System.ArgumentNullException(nameof(sensor)));

    /// <summary>Removes a sensor's <c>acl</c> lines and its <c>http_access allow</c> rule. Removing a sensor that is
    /// not there returns this document unchanged.</summary>
    /// <param name="name">The sensor's ACL name (case-insensitive).</param>
    /// <exception cref="System.InvalidOperationException">Another rule still uses the ACL.</exception>
    public SquidConfig RemoveSensor(string name) => SensorEditor.Remove(this, name ?? throw new System.ArgumentNullException(nameof(name)));

    /// <summary>Checks that this (main) config reads a conf.d sensor file before its final
    /// <c>http_access deny all</c>.</summary>
    /// <param name="confDPath">The conf.d file's path, as Squid would see it.</param>
    /// <returns>Warnings (id PXC1060); empty when the file is included in time.</returns>
    public IReadOnlyList<ConfigDiagnostic> CheckSensorFileIncluded(string confDPath) => SensorEditor.CheckIncluded(this, confDPath);

    /// <summary>An empty conf.d sensor file with ProxyConnect's header comment, to add sensors to with
    /// <see cref="SensorPlacement.ConfD(string)"/>.</summary>
    /// <param name="path">The file's path (used in messages and locations).</param>
    public static SquidConfig CreateSensorFile(string? path = null) =>
        new(new Syntax.SyntaxNode[] { Syntax.CommentLine.Create(SensorEditor.ConfDHeader, "\n") }, null, path, IO.ConfigEncoding.Utf8);
}
