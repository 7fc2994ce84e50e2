using ProxyConnect.Analysis;
using ProxyConnect.Squid;

namespace ProxyConnect.Tests.Analysis;

public sealed class IncludeLintTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("pxc-lint-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    [Fact]
    public void Relative_glob_is_followed_and_acls_from_it_count()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "conf.d"));
        File.WriteAllText(Path.Combine(_dir, "conf.d", "sensors.conf"), "acl sensor1 src 10.1.0.5\nhttp_access allow sensor1\n");
        var main = Path.Combine(_dir, "squid.conf");
        File.WriteAllText(main, "include conf.d/*.conf\nhttp_access allow sensor1\nhttp_access deny all\n");

        SquidConfig.LintFile(main).Should().BeEmpty();
        SquidConfig.EvaluateFile(main, new AccessRequest("10.1.0.5")).Verdict.Should().Be(AccessVerdict.Allowed);
    }

    [Fact]
    public void Glob_matching_nothing_is_an_error()
    {
        var main = Path.Combine(_dir, "squid.conf");
        File.WriteAllText(main, "include conf.d/*.conf\nhttp_access deny all\n");

        var f = SquidConfig.LintFile(main).Should().ContainSingle().Subject;
        f.Id.Should().Be("PXC1012");
        f.Severity.Should().Be(Severity.Error);
        f.Location.Should().Be(new SourceLocation(main, 1, 9));
    }

    [Fact]
    public void Self_include_stops_at_depth_16()
    {
        var main = Path.Combine(_dir, "squid.conf");
        File.WriteAllText(main, "include squid.conf\nhttp_access deny all\n");

        SquidConfig.LintFile(main).Should().Contain(f => f.Id == "PXC1013" && f.Severity == Severity.Error);
    }
}
