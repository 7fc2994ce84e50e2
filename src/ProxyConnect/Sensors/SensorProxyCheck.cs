using System.Collections.Generic;
using System.Linq;
using ProxyConnect.Analysis;
using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Sensors;

/// <summary>Checks a sensor's proxy settings against the proxy's squid.conf.</summary>
internal static class SensorProxyCheck
{
    /// <summary>The port a sensor's TLS tunnel goes to.</summary>
    private const int TlsPort = 443;

    public static ProxyCheckResult Check(SensorProxySettings settings, SquidConfig config, string sensorAddress, SquidTarget? target)
    {
        var findings = new List<ProxyCheckFinding>();
        if (!settings.Enabled)
        {
            findings.Add(new ProxyCheckFinding(ProxyCheckAspect.Listening, true, "The sensor's proxy is disabled: it will try to reach the cloud directly.", null));
        }

        foreach (var problem in settings.Validate())
        {
            findings.Add(new ProxyCheckFinding(ProxyCheckAspect.Listening, true, problem.ToString(), null));
        }

        if (findings.Count > 0)
        {
            return new ProxyCheckResult(findings);
        }

        findings.Add(Listening(settings, config));
        findings.Add(Access(settings, config, sensorAddress, target));
        var auth = Authentication(settings, config);
        if (auth != null)
        {
            findings.Add(auth);
        }

        return new ProxyCheckResult(findings);
    }

    private static ProxyCheckFinding Listening(SensorProxySettings settings, SquidConfig config)
    {
        var port = ProxyListening.FindListeningPort(config, settings.Address!, settings.Port);
        if (port != null)
        {
            return new ProxyCheckFinding(ProxyCheckAspect.Listening, false, $"Squid listens on port {settings.Port} ('{port}' at {port.Location!.ToDisplayString()}).", port.Location);
        }

        var ports = string.Join(", ", config.ActiveDirectives().OfType<Squid.Model.HttpPortDirective>().Select(p => p.Specification));
        return new ProxyCheckFinding(ProxyCheckAspect.Listening, true,
            $"No http_port serves {settings.Address}:{settings.Port}; Squid listens on {(ports.Length == 0 ? "no port at all" : ports)}. Set the sensor's port to one of them or add 'http_port {settings.Port}'.",
            null);
    }

    private static ProxyCheckFinding Access(SensorProxySettings settings, SquidConfig config, string sensorAddress, SquidTarget? target)
    {
        var user = settings.HasCredentials ? settings.Username : null;
        var request = new AccessRequest(sensorAddress, port: TlsPort, user: user);
        var decision = target is null ? config.Evaluate(request) : config.Evaluate(request, target);
        var rule = decision.DecidingRule;
        var where = rule is null ? string.Empty : $" by '{rule.Text}' at {rule.Location.ToDisplayString()}";
        var how = (decision.IsImplicit ? " (implicitly: no rule matched)" : string.Empty) +
                  (decision.Assumptions.Count == 0 ? string.Empty : $" (assuming: {string.Join("; ", decision.Assumptions)})");
        return decision.Verdict switch
        {
            AccessVerdict.Allowed => new ProxyCheckFinding(ProxyCheckAspect.Access, false, $"CONNECT from {sensorAddress} to port {TlsPort} is allowed{where}{how}.", rule?.Location),
            AccessVerdict.Denied when decision.IsAuthenticationRequired => new ProxyCheckFinding(ProxyCheckAspect.Access, true,
                $"CONNECT from {sensorAddress} to port {TlsPort} needs credentials{where}: Squid answers 407. Set the sensor's user name and password.", rule?.Location),
            AccessVerdict.Denied => new ProxyCheckFinding(ProxyCheckAspect.Access, true, $"CONNECT from {sensorAddress} to port {TlsPort} is denied{where}{how}. Add the sensor at the marker (AddSensor).", rule?.Location),
            _ => new ProxyCheckFinding(ProxyCheckAspect.Access, true, $"Cannot tell whether CONNECT from {sensorAddress} to port {TlsPort} is allowed: {decision.Reason}", rule?.Location),
        };
    }

    private static ProxyCheckFinding? Authentication(SensorProxySettings settings, SquidConfig config)
    {
        var active = config.ActiveDirectives();
        var proxyAuth = active.OfType<Squid.Model.AclDirective>().FirstOrDefault(a => a.AclType is "proxy_auth" or "proxy_auth_regex");
        var hasAuth = active.OfType<Squid.Model.AuthParamDirective>().Any() && proxyAuth != null;
        if (settings.HasCredentials && !hasAuth)
        {
            return new ProxyCheckFinding(ProxyCheckAspect.Authentication, true,
                "The sensor sends a user name and password, but the proxy has no auth_param and proxy_auth ACL: the credentials are never asked for. Remove them from the sensor, or require authentication on the proxy (RequireBasicAuth).",
                null);
        }

        if (!settings.HasCredentials && hasAuth)
        {
            return new ProxyCheckFinding(ProxyCheckAspect.Authentication, true,
                $"The proxy authenticates clients ('{proxyAuth}' at {proxyAuth!.Location!.ToDisplayString()}), but the sensor has no user name and password.",
                proxyAuth.Location);
        }

        return hasAuth
            ? new ProxyCheckFinding(ProxyCheckAspect.Authentication, false, $"Both sides use authentication (user '{settings.Username}').", proxyAuth!.Location)
            : null;
    }
}
