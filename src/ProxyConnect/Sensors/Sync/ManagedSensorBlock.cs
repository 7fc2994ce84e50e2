using System;
using System.Collections.Generic;
using System.Linq;
using ProxyConnect.Squid;
using ProxyConnect.Squid.Auth;
using ProxyConnect.Squid.Model;
using ProxyConnect.Squid.Syntax;
using ProxyConnect.Values;

namespace ProxyConnect.Sensors.Sync;

/// <summary>Which sensors of a document ProxyConnect manages, so that <c>sync</c> can add, update and remove them
/// and never touch anything written by hand.</summary>
/// <remarks>
/// Managed are the sensors <c>add-sensor</c> writes: in a conf.d file that carries ProxyConnect's header comment,
/// every sensor; in a main config, the sensors whose every <c>acl NAME src …</c> line and whose
/// <c>http_access allow NAME</c> rule stand in the unbroken run of sensor lines directly after the
/// <c># INSERT YOUR OWN RULE(S) HERE …</c> comment block. A blank line, a comment or any other directive ends the
/// run, so hand-written sensors below it are never managed. Nothing is written to mark the lines: the rule needs no
/// extra bytes, and a config edited by <c>add-sensor</c> before <c>sync</c> existed is already in the right shape.
/// </remarks>
internal static class ManagedSensorBlock
{
    /// <summary>The managed sensors, in file order, or <see langword="null"/> when the document has neither the
    /// marker nor ProxyConnect's conf.d header (so no place for managed sensors).</summary>
    public static IReadOnlyList<Sensor>? Find(SquidConfig config)
    {
        var all = config.Sensors;
        if (IsSensorFile(config))
        {
            return all;
        }

        var start = config.AfterMarkerBlock();
        if (start < 0)
        {
            return null;
        }

        var names = new HashSet<string>(all.Select(s => s.Name), AclName.Comparer);
        var run = new List<int>();
        for (var i = start; i < config.Nodes.Count && config.Nodes[i] is DirectiveLine line && IsSensorLine(line, names); i++)
        {
            run.Add(i);
        }

        var inRun = new HashSet<string>(AclName.Comparer);
        foreach (var index in run)
        {
            if (Directive.From((DirectiveLine)config.Nodes[index], null) is HttpAccessDirective rule && SensorNameOf(rule) is { } name)
            {
                inRun.Add(name);
            }
        }

        // A sensor is managed only when nothing about it lives outside the run: no acl line of the same name and no
        // rule that names it elsewhere (those were written by hand and stay as they are).
        var runSet = new HashSet<int>(run);
        foreach (var (node, index, location) in config.LocatedDirectives())
        {
            if (runSet.Contains(index))
            {
                continue;
            }

            switch (Directive.From(node, location))
            {
                case AclDirective acl:
                    inRun.Remove(acl.Name);
                    break;
                case HttpAccessDirective rule:
                    foreach (var reference in rule.Acls)
                    {
                        inRun.Remove(reference.Name);
                    }

                    break;
            }
        }

        return all.Where(s => inRun.Contains(s.Name)).ToList();
    }

    /// <summary>Whether the document is a conf.d sensor file that ProxyConnect owns (it carries the header that
    /// <see cref="SquidConfig.CreateSensorFile(string?)"/> writes).</summary>
    public static bool IsSensorFile(SquidConfig config)
    {
        var header = SquidConfig.CreateSensorFile().Nodes[0] is CommentLine c ? c.Content.Trim(' ', '\t') : string.Empty;
        return config.Nodes.OfType<CommentLine>().Any(line => string.Equals(line.Content.Trim(' ', '\t'), header, StringComparison.Ordinal));
    }

    private static bool IsSensorLine(DirectiveLine line, HashSet<string> sensorNames) => Directive.From(line, null) switch
    {
        AclDirective acl => acl.AclType == "src" && sensorNames.Contains(acl.Name),
        HttpAccessDirective rule => SensorNameOf(rule) is { } name && sensorNames.Contains(name),
        _ => false,
    };

    /// <summary>The sensor a rule allows: <c>allow NAME</c>, or <c>allow NAME authenticated</c> under basic auth.</summary>
    private static string? SensorNameOf(HttpAccessDirective rule)
    {
        var acls = rule.Acls;
        var shape = acls.Count == 1 || (acls.Count == 2 && !acls[1].IsNegated && acls[1].Name == BasicAuth.AclName);
        return rule.Action == AccessAction.Allow && shape && !acls[0].IsNegated ? acls[0].Name : null;
    }
}
