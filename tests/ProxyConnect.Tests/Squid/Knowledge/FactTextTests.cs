using System;
using System.Linq;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Tests.Squid.Knowledge;

/// <summary>The text rows of the generated fact tables read back into the facts they stand for, and a malformed row
/// stops with its text rather than becoming a wrong fact.</summary>
public class FactTextTests
{
    [Fact]
    public void Directive_rows_read_every_field()
    {
        var facts = FactText.Directives(
            "workers = live None int\n" +
            "cache_host_domain cache_peer_domain obsolete None\n" +
            "log_access = fatal None\n" +
            "sslcrtd_program = live OpenSsl eol\n");

        facts.Should().Equal(
            new DirectiveFact("workers", "workers", false, SquidFeature.None, ValueType: "int"),
            new DirectiveFact("cache_host_domain", "cache_peer_domain", true, SquidFeature.None),
            new DirectiveFact("log_access", "log_access", true, SquidFeature.None, ObsoleteIsFatal: true),
            new DirectiveFact("sslcrtd_program", "sslcrtd_program", false, SquidFeature.OpenSsl, ValueType: "eol"));
    }

    [Fact]
    public void Acl_type_rows_read_kind_feature_and_flags()
    {
        var facts = FactText.AclTypes("dstdomain = Domain None -i,+i\nmyip localip Address None -\n");

        facts.Select(f => (f.Name, f.CanonicalName, f.ValueKind, f.Feature, string.Join(" ", f.Options))).Should().Equal(
            ("dstdomain", "dstdomain", AclValueKind.Domain, SquidFeature.None, "-i +i"),
            ("myip", "localip", AclValueKind.Address, SquidFeature.None, string.Empty));
    }

    [Fact]
    public void Port_option_rows_read_each_flag()
    {
        var facts = FactText.PortOptions("accel - None Ignored\nvport voa None Fatal\ntls- p OpenSsl Warning\n");

        facts.Should().Equal(
            new PortOptionFact("accel", false, false, SquidFeature.None),
            new PortOptionFact("vport", true, true, SquidFeature.None, ValueOptional: true, WithoutAccel: ProblemOutcome.Fatal),
            new PortOptionFact("tls-", false, false, SquidFeature.OpenSsl, WithoutAccel: ProblemOutcome.Warning, IsPrefix: true));
    }

    [Theory]
    [InlineData("workers = live")]
    [InlineData("workers = alive None")]
    [InlineData("workers = live Nothing")]
    [InlineData("workers = live none")]
    [InlineData("workers  = live None")]
    [InlineData("workers = live None int extra")]
    public void A_malformed_directive_row_is_refused_with_its_text(string row)
    {
        var read = () => FactText.Directives(row + "\n");

        read.Should().Throw<InvalidOperationException>().WithMessage($"*'{row}'*");
    }

    [Theory]
    [InlineData("accel x None Ignored")]
    [InlineData("accel - None Maybe")]
    public void A_malformed_port_option_row_is_refused(string row)
    {
        var read = () => FactText.PortOptions(row);

        read.Should().Throw<InvalidOperationException>().WithMessage($"*'{row}'*");
    }

    /// <summary>The rows name enum members through fixed lists, so a member added to an enum must be added there.</summary>
    [Fact]
    public void Member_name_lists_are_the_enums_in_value_order()
    {
        FactText.FeatureNames.Should().Equal(Enum.GetValues<SquidFeature>().OrderBy(v => (int)v).Select(v => v.ToString()));
        FactText.ValueKindNames.Should().Equal(Enum.GetValues<AclValueKind>().OrderBy(v => (int)v).Select(v => v.ToString()));
        FactText.OutcomeNames.Should().Equal(Enum.GetValues<ProblemOutcome>().OrderBy(v => (int)v).Select(v => v.ToString()));
        Enum.GetValues<SquidFeature>().Select(v => (int)v).Should().Equal(Enumerable.Range(0, FactText.FeatureNames.Length));
        Enum.GetValues<AclValueKind>().Select(v => (int)v).Should().Equal(Enumerable.Range(0, FactText.ValueKindNames.Length));
        Enum.GetValues<ProblemOutcome>().Select(v => (int)v).Should().Equal(Enumerable.Range(0, FactText.OutcomeNames.Length));
    }

    [Fact]
    public void Every_generated_table_reads()
    {
        foreach (var target in SquidTarget.Known)
        {
            var tables = KnowledgeTables.ForMajor(target.Major);
            tables.Directives.Should().HaveCountGreaterThan(400).And.OnlyHaveUniqueItems(d => d.Name);
            tables.AclTypes.Should().HaveCountGreaterThan(50).And.Contain(t => t.Name == "src" && t.ValueKind == AclValueKind.Address);
            tables.PortOptions.Should().Contain(o => o.Name == "tls-" && o.IsPrefix);
        }
    }
}
