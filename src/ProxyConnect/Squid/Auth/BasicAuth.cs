using System;
using System.Linq;
using ProxyConnect.Squid.Editing;
using ProxyConnect.Squid.Model;
using ProxyConnect.Values;

namespace ProxyConnect.Squid.Auth;

/// <summary>Turns on basic authentication for sensors, in an order Squid accepts.</summary>
internal static class BasicAuth
{
    /// <summary>Where Debian's squid package installs the helper.</summary>
    public const string DebianHelperPath = "/usr/lib/squid/basic_ncsa_auth";

    /// <summary>The ACL every sensor rule requires once authentication is on.</summary>
    public const string AclName = Sensors.Sensor.DefaultAuthAcl;

    public static SquidConfig Require(SquidConfig config, string passwordFile, string realm, string helperPath)
    {
        foreach (var (value, name) in new[] { (passwordFile, nameof(passwordFile)), (realm, nameof(realm)), (helperPath, nameof(helperPath)) })
        {
            if (!ConfigToken.TryValidate(value, out var error))
            {
                throw new ArgumentException(error, name);
            }
        }

        var result = SetAuthParam(config, "program", helperPath, passwordFile);
        result = SetAuthParam(result, "realm", realm);
        if (!result.FindAcl(AclName).Any())
        {
            result = result.AddAcl(new AclDirective(AclName, "proxy_auth", "REQUIRED"), FirstRuleOrEnd(result));
        }

        // Every sensor rule: allow NAME -> allow NAME authenticated.
        foreach (var sensor in result.Sensors)
        {
            var rule = result.HttpAccessRules.FirstOrDefault(r => IsPlainSensorRule(r, sensor.Name));
            if (rule != null)
            {
                result = result.ReplaceArguments(rule, "allow", rule.Acls[0].Name, AclName);
            }
        }

        return result;
    }

    private static bool IsPlainSensorRule(HttpAccessDirective rule, string name) =>
        rule.Action == AccessAction.Allow && rule.Acls.Count == 1 && !rule.Acls[0].IsNegated &&
        string.Equals(rule.Acls[0].Name, name, StringComparison.OrdinalIgnoreCase);

    private static SquidConfig SetAuthParam(SquidConfig config, string parameter, params string[] values)
    {
        var existing = config.AuthParams.FirstOrDefault(a => a.Scheme == "basic" && a.Parameter == parameter);
        var arguments = new[] { "basic", parameter }.Concat(values).ToArray();
        return existing is null
            ? config.AddDirective(new AuthParamDirective("basic", parameter, values))
            : config.ReplaceArguments(existing, arguments);
    }

    private static DirectivePosition FirstRuleOrEnd(SquidConfig config)
    {
        var firstRule = config.HttpAccessRules.FirstOrDefault();
        return firstRule is null ? DirectivePosition.End : DirectivePosition.Before(firstRule);
    }
}
