using ProxyConnect.Squid.Tests.Harness;
using ProxyConnect.Tests.Shared;

namespace ProxyConnect.Squid.Tests;

/// <summary>What <c>squid -k parse</c> accepts and rejects, and how the harness classifies its output.</summary>
public class SquidParseTests
{
    /// <summary>The stock Debian 5.7 config kept in ../shared parses cleanly (it includes /etc/squid/conf.d/*.conf).</summary>
    [SkippableFact]
    public void Stock_debian_config_is_accepted()
    {
        Skip.IfNot(Directory.Exists("/etc/squid/conf.d"), "the stock config includes /etc/squid/conf.d/*.conf, which the Debian squid package installs");
        var result = SquidParser.ParseFile(RepoPaths.StockDebianConfig);
        result.Accepted.Should().BeTrue(result.Output);
        result.Warnings.Should().BeEmpty(result.Output);
        result.Lines.Should().Contain(line => line.Contains("Processing Configuration File: /etc/squid/conf.d/debian.conf", StringComparison.Ordinal), "the include is followed");
    }

    /// <summary>The config installed by the package, when present, parses cleanly.</summary>
    [SkippableFact]
    public void Installed_config_is_accepted()
    {
        Skip.IfNot(File.Exists(RepoPaths.InstalledConfig), $"{RepoPaths.InstalledConfig} is not installed");
        var result = SquidParser.ParseFile(RepoPaths.InstalledConfig);
        result.Accepted.Should().BeTrue(result.Output);
    }

    /// <summary>An impossible IPv4 address is a Bungled FATAL with a non-zero exit; 5.7 prints the cause untagged.</summary>
    [SkippableFact]
    public void Bad_address_is_rejected_with_a_bungled_fatal()
    {
        var result = SquidParser.Parse("acl x src 10.0.0.300\nhttp_access allow x\n");
        result.Accepted.Should().BeFalse();
        result.ExitCode.Should().NotBe(0);
        result.Fatals.Should().ContainSingle(line => line.Contains("FATAL: Bungled squid.conf line 1: acl x src 10.0.0.300", StringComparison.Ordinal), result.Output);
        result.Lines.Should().Contain(line => line.Contains("Bad host/IP: '10.0.0.300'", StringComparison.Ordinal));
    }

    /// <summary>The echo of a config line that contains ERROR/FATAL/WARNING is not classified.</summary>
    [SkippableFact]
    public void Echo_lines_are_not_classified()
    {
        var result = SquidParser.Parse("acl ERROR_FATAL_WARNING src 10.0.0.1\nhttp_access deny ERROR_FATAL_WARNING\n");
        result.Accepted.Should().BeTrue(result.Output);
        result.Lines.Should().Contain(line => line.Contains("Processing: acl ERROR_FATAL_WARNING", StringComparison.Ordinal));
        result.Errors.Should().BeEmpty();
        result.Fatals.Should().BeEmpty();
        result.Warnings.Should().BeEmpty();
    }

    /// <summary>5.7 predefines the <c>CONNECT</c> ACL (its stock config says so) but not <c>to_linklocal</c> (6.x).</summary>
    [SkippableFact]
    public void Connect_acl_is_predefined_in_5_7_but_to_linklocal_is_not()
    {
        SquidParser.Parse("http_access deny CONNECT\n").Accepted.Should().BeTrue();
        var linkLocal = SquidParser.Parse("http_access deny to_linklocal\n");
        linkLocal.Accepted.Should().BeFalse();
        linkLocal.Lines.Should().Contain(line => line.EndsWith("ACL not found: to_linklocal", StringComparison.Ordinal), linkLocal.Output);
    }

    /// <summary>Extra files are written beside the config and read through relative <c>"file"</c> values.</summary>
    [SkippableFact]
    public void Extra_files_resolve_relative_to_the_config()
    {
        var files = new Dictionary<string, string> { ["lists/sensors.txt"] = "127.0.0.2\n10.0.0.300\n" };
        var result = SquidParser.Parse("acl sensors src \"lists/sensors.txt\"\nhttp_access allow sensors\n", files);
        result.Accepted.Should().BeFalse("the list holds an impossible address");
        result.Lines.Should().Contain(line => line.Contains("Bad host/IP: '10.0.0.300'", StringComparison.Ordinal), result.Output);
    }

    /// <summary>An unrecognized directive makes 5.7 exit with the count of them, without a FATAL line.</summary>
    [SkippableFact]
    public void Unrecognized_directive_exits_non_zero()
    {
        var result = SquidParser.Parse("no_such_directive on\n");
        result.ExitCode.Should().Be(1);
        result.Accepted.Should().BeFalse();
        result.Lines.Should().Contain(line => line.Contains("squid.conf(1): unrecognized: 'no_such_directive'", StringComparison.Ordinal), result.Output);
    }
}
