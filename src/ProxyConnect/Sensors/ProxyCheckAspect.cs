namespace ProxyConnect.Sensors;

/// <summary>What a <see cref="ProxyCheckFinding"/> is about.</summary>
public enum ProxyCheckAspect
{
    /// <summary>Whether Squid listens on the sensor's proxy address and port.</summary>
    Listening,

    /// <summary>Whether <c>http_access</c> lets a CONNECT from the sensor to port 443 through.</summary>
    Access,

    /// <summary>Whether the sensor's credentials and the proxy's authentication fit together.</summary>
    Authentication,
}
