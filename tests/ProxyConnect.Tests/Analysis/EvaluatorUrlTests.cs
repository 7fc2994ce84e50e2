using ProxyConnect.Analysis;
using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Analysis;

/// <summary>ACLs on the URL Squid builds: CONNECT host:port, GET http://host[:port]/path, decoded per version.</summary>
public class EvaluatorUrlTests
{
    private static AccessDecision Deny(string acl, AccessRequest request, SquidTarget? target = null) =>
        SquidConfig.Parse(acl + "\nhttp_access deny u\nhttp_access allow all\n").Evaluate(request, target ?? SquidTarget.Squid7);

    [Theory]
    [InlineData("acl u url_regex ^cloud\\.example\\.com:443$", "CONNECT", 443, AccessVerdict.Denied)]
    [InlineData("acl u url_regex ^cloud\\.example\\.com:8443$", "CONNECT", 443, AccessVerdict.Allowed)]
    [InlineData("acl u url_regex ^http://cloud\\.example\\.com/$", "GET", 80, AccessVerdict.Denied)]
    [InlineData("acl u url_regex ^http://cloud\\.example\\.com:8080/$", "GET", 8080, AccessVerdict.Denied)]
    [InlineData("acl u url_regex -i ^HTTP://CLOUD", "GET", 80, AccessVerdict.Denied)]
    [InlineData("acl u url_regex ^HTTP://CLOUD", "GET", 80, AccessVerdict.Allowed)]
    [InlineData("acl u url_regex +i ^HTTP://CLOUD -i \\.NET$", "GET", 80, AccessVerdict.Allowed)]
    [InlineData("acl u urlpath_regex ^/$", "GET", 80, AccessVerdict.Denied)]
    [InlineData("acl u urlpath_regex .", "CONNECT", 443, AccessVerdict.Allowed)]
    [InlineData("acl u dstdom_regex example\\.com$", "CONNECT", 443, AccessVerdict.Denied)]
    [InlineData("acl u dstdom_regex ^example\\.com$", "CONNECT", 443, AccessVerdict.Allowed)]
    [InlineData("acl u proto HTTP", "GET", 80, AccessVerdict.Denied)]
    [InlineData("acl u proto HTTP", "CONNECT", 443, AccessVerdict.Allowed)]
    [InlineData("acl u proto NONE", "CONNECT", 443, AccessVerdict.Denied)]
    public void Url_acls_on_the_url_built_from_the_request(string acl, string method, int port, AccessVerdict expected)
    {
        var d = Deny(acl, new AccessRequest("10.0.0.1", method, port, "Cloud.Example.COM."));
        d.Verdict.Should().Be(expected, d.Reason);
        d.Assumptions.Where(a => !a.StartsWith("the URL Squid sees is assumed to be 'http://cloud.example.com", StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("http://cloud.example.com/api/v1?x=1", "acl u urlpath_regex ^/api/", AccessVerdict.Denied)]
    [InlineData("http://cloud.example.com/API/v1", "acl u urlpath_regex ^/api/", AccessVerdict.Allowed)]
    [InlineData("http://cloud.example.com/a%20b", "acl u url_regex a b$", AccessVerdict.Denied)]
    [InlineData("https://user@cloud.example.com:443/x", "acl u url_regex ^https://cloud\\.example\\.com/x$", AccessVerdict.Denied)]
    [InlineData("ftp://user@files.example.com/x", "acl u url_regex ^ftp://user@files\\.example\\.com/x$", AccessVerdict.Denied)]
    [InlineData("http://cloud.example.com?q", "acl u url_regex ^http://cloud\\.example\\.com/\\?q$", AccessVerdict.Denied)]
    [InlineData("http://[2001:DB8::1]:8080/", "acl u url_regex ^http://\\[2001:db8::1\\]:8080/$", AccessVerdict.Denied)]
    public void Url_acls_on_a_given_url(string url, string acl, AccessVerdict expected)
    {
        var d = Deny(acl, AccessRequest.ForUrl("10.0.0.1", url));
        d.Verdict.Should().Be(expected, d.Reason);
        d.Assumptions.Should().BeEmpty();
    }

    [Theory]
    [InlineData("6", AccessVerdict.Denied)]
    [InlineData("7", AccessVerdict.Allowed)]
    public void Squid_7_leaves_a_url_with_an_invalid_escape_undecoded(string version, AccessVerdict expected)
    {
        // 4 to 6 decode each valid %XX; 7 decodes all or nothing, and %zz is invalid.
        var d = Deny("acl u url_regex /a.b%zz$", AccessRequest.ForUrl("10.0.0.1", "http://h.example/a%20b%zz"), SquidTarget.Parse(version));
        d.Verdict.Should().Be(expected, d.Reason + " " + string.Join(", ", d.Trace));
    }

    [Theory]
    [InlineData("GET", AccessVerdict.Denied, "http://127.0.0.1:3128/squid-internal-mgr/menu")]
    [InlineData("GET", AccessVerdict.Allowed, "http://127.0.0.1:3128/")]
    [InlineData("CONNECT", AccessVerdict.Allowed, "127.0.0.1:3128")]
    public void The_predefined_manager_acl_matches_cache_manager_urls(string method, AccessVerdict expected, string url)
    {
        foreach (var target in SquidTarget.Known)
        {
            var d = SquidConfig.Parse("http_access deny manager\nhttp_access allow all\n").Evaluate(AccessRequest.ForUrl("10.0.0.1", url, method), target);
            d.Verdict.Should().Be(expected, $"{target}: {d.Reason}");
        }
    }

    [Fact]
    public void A_url_acl_that_depends_on_an_unknown_host_is_indeterminate()
    {
        var d = Deny("acl u url_regex \\.example\\.com", new AccessRequest("10.0.0.1"));
        d.Verdict.Should().Be(AccessVerdict.Indeterminate);
        d.Reason.Should().Contain("matches the URL of some hosts and not of others");
    }

    [Fact]
    public void An_untranslatable_pattern_is_reported_not_guessed()
    {
        var d = Deny("acl u url_regex (a)\\1", new AccessRequest("10.0.0.1", "GET", 80, "aa.example"));
        d.Verdict.Should().Be(AccessVerdict.Indeterminate);
        d.Reason.Should().Contain("back-reference");
    }

    [Theory]
    [InlineData("cloud.example.com:443", "CONNECT", "cloud.example.com", 443)]
    [InlineData("[::1]:8443", "CONNECT", "::1", 8443)]
    [InlineData("http://Cloud.Example.com./x", "GET", "cloud.example.com", 80)]
    [InlineData("https://cloud.example.com/x", "GET", "cloud.example.com", 443)]
    public void For_url_takes_destination_and_port_from_the_url(string url, string method, string destination, int port)
    {
        var request = AccessRequest.ForUrl("10.0.0.1", url, method);
        request.Destination.Should().Be(destination == "::1" ? "[::1]" : destination);
        request.Port.Should().Be(port);
        request.Url.Should().Be(url);
    }

    [Theory]
    [InlineData("cloud.example.com", "CONNECT")]
    [InlineData("gopher://x/", "GET")]
    [InlineData("http://x:0/", "GET")]
    [InlineData("http:// x/", "GET")]
    public void For_url_refuses_what_squid_refuses_or_the_evaluator_does_not_model(string url, string method)
    {
        var create = () => AccessRequest.ForUrl("10.0.0.1", url, method);
        create.Should().Throw<ArgumentException>().Which.Message.Should().Contain(url);
    }
}
