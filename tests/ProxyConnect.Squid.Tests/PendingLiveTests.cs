namespace ProxyConnect.Squid.Tests;

/// <summary>Live tests that wait for library types being written elsewhere.</summary>
public class PendingLiveTests
{
    /// <summary>An HttpClient configured by the library talks to the target through a live Squid.</summary>
    [Fact(Skip = "pending: needs the library's HttpClient proxy settings type, being written in another branch")]
    public void HttpClient_through_live_squid()
    {
    }

    /// <summary>A sensor with credentials gets 407 without them and 200 with them.</summary>
    [Fact(Skip = "pending: needs SquidConfig.RequireBasicAuth, being written in another branch")]
    public void Live_squid_with_credentials()
    {
    }
}
