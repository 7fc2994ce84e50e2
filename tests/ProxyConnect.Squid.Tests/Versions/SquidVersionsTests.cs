using ProxyConnect.Squid.Tests.Harness;
using Xunit.Abstractions;

namespace ProxyConnect.Squid.Tests.Versions;

/// <summary>The multi-version harness: how a version is chosen or refused, and that each installed Squid is the
/// version it claims and parses inside its root.</summary>
public class SquidVersionsTests(ITestOutputHelper output)
{
    /// <summary>A missing major under CI=true fails with the reason; outside CI it skips with the same reason.</summary>
    [Fact]
    public void Missing_major_fails_under_ci_and_skips_otherwise()
    {
        var underCi = () => SquidVersions.Require(6, [], underCi: true);
        underCi.Should().Throw<InvalidOperationException>().WithMessage("*Squid 6 not installed*CI=true*");
        var local = () => SquidVersions.Require(6, [], underCi: false);
        local.Should().Throw<SkipException>().WithMessage("*Squid 6 not installed*install-squid-versions*");
    }

    /// <summary>Only the supported majors can be asked for.</summary>
    [Fact]
    public void Unsupported_major_is_a_usage_error()
    {
        var act = () => SquidVersions.Require(3, [], underCi: false);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    /// <summary>The version is read from <c>squid -v</c>'s first line, whatever the build options say.</summary>
    [Theory]
    [InlineData("Squid Cache: Version 4.13\nService Name: squid\n", "4.13")]
    [InlineData("Squid Cache: Version 7.7\nconfigure options:  '--with-openssl'", "7.7")]
    [InlineData("Squid Cache: Version 6.13-VCS\n", "6.13")]
    public void Version_is_read_from_squid_v(string text, string expected) =>
        SquidInstall.ParseVersion(text).Should().Be(expected);

    /// <summary>Output without a version gives none.</summary>
    [Fact]
    public void No_version_in_output_gives_null() => SquidInstall.ParseVersion("chroot: cannot change root directory").Should().BeNull();

    /// <summary>The theory data covers every supported major once.</summary>
    [Fact]
    public void Theory_data_is_one_row_per_major() =>
        SquidVersions.Majors.Select(row => (int)row[0]).Should().Equal(4, 5, 6, 7);

    /// <summary>Each version is installed, is the major it is filed under, and its <c>-k parse</c> runs on a file
    /// written inside its root (an unknown directive is reported, so the file was read).</summary>
    /// <param name="major">The Squid major.</param>
    [SkippableTheory]
    [MemberData(nameof(SquidVersions.Majors), MemberType = typeof(SquidVersions))]
    public void Each_version_parses_a_file_written_for_it(int major)
    {
        var squid = SquidVersions.Require(major);
        output.WriteLine(squid.ToString());
        squid.Major.Should().Be(major);

        var good = squid.Parse("acl s src 10.0.0.1\nhttp_access allow s\nhttp_access deny all\n");
        var bad = squid.Parse("pxc_no_such_directive on\n");

        good.Accepted.Should().BeTrue(good.Output);
        bad.Accepted.Should().BeFalse(bad.Output);
        bad.Output.Should().Contain("pxc_no_such_directive");
    }

    /// <summary>A relative include resolves against the config's folder, inside the root too.</summary>
    /// <param name="major">The Squid major.</param>
    [SkippableTheory]
    [MemberData(nameof(SquidVersions.Majors), MemberType = typeof(SquidVersions))]
    public void Relative_include_resolves_against_the_config_folder(int major)
    {
        var squid = SquidVersions.Require(major);
        var files = new Dictionary<string, string> { ["conf.d/a.conf"] = "pxc_from_include on\n" };

        var result = squid.Parse("include conf.d/*.conf\n", files);

        result.Output.Should().Contain("pxc_from_include", "the included file was read");
    }

    /// <summary>Paths map between the host and the root; nothing outside the root is reachable.</summary>
    [SkippableFact]
    public void Paths_map_into_the_root()
    {
        var chrooted = SquidVersions.Installed.FirstOrDefault(i => i.Root != null);
        Skip.If(chrooted == null, "no chrooted Squid installed");
        var host = chrooted!.HostPath("/tmp/x/squid.conf");
        host.Should().StartWith(chrooted.Root!);
        chrooted.SquidPath(host).Should().Be("/tmp/x/squid.conf");
        var outside = () => chrooted.SquidPath("/etc/passwd");
        outside.Should().Throw<ArgumentException>();
    }
}
