using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static ProxyConnect.Analyzers.Tests.Verify;

namespace ProxyConnect.Analyzers.Tests;

public class CodeFixTests
{
    private static string Source(string statement) => Usings + $$"""
        class C
        {
            static void Port([PortNumber] int p) { }
            void M()
            {
                {{statement}}
            }
        }
        """;

    [Fact]
    public Task Port_out_of_range_becomes_3128() =>
        CodeFixAsync(Source("Port({|PXC0002:70000|});"), Source("Port(3128);"));

    [Fact]
    public Task Negative_port_becomes_3128() =>
        CodeFixAsync(Source("Port({|PXC0002:-1|});"), Source("Port(3128);"));

    [Fact]
    public Task Port_in_an_object_initializer_becomes_3128() =>
        CodeFixAsync(
            Usings + "class S { [PortNumber] public int Port { get; set; } static S M() => new S { Port = {|PXC0002:0|} }; }",
            Usings + "class S { [PortNumber] public int Port { get; set; } static S M() => new S { Port = 3128 }; }");

    [Fact]
    public Task Surrounding_white_space_is_trimmed_from_an_address() =>
        CodeFixAsync(
            Source("""_ = new Sensor("s1", {|PXC0001:" 10.0.0.1 "|});"""),
            Source("""_ = new Sensor("s1", "10.0.0.1");"""));

    [Fact]
    public Task Surrounding_white_space_is_trimmed_from_a_network() =>
        CodeFixAsync(
            Source("""_ = new Sensor("s1", {|PXC0003:"10.0.0.0/24\n"|});"""),
            Source("""_ = new Sensor("s1", "10.0.0.0/24");"""));

    [Fact]
    public Task Surrounding_white_space_is_trimmed_from_an_acl_name() =>
        CodeFixAsync(
            Source("""_ = new Sensor({|PXC0004:"plc-01 "|}, "10.0.0.1");"""),
            Source("""_ = new Sensor("plc-01", "10.0.0.1");"""));

    [Fact]
    public Task Dotted_netmask_becomes_cidr() =>
        CodeFixAsync(
            Source("""_ = new Sensor("s1", {|PXC0007:"10.0.0.0/255.255.255.0"|});"""),
            Source("""_ = new Sensor("s1", "10.0.0.0/24");"""));

    [Fact]
    public Task Host_bits_are_cleared() =>
        CodeFixAsync(
            Source("""_ = new Sensor("s1", "10.0.0.1", {|PXC0007:"10.0.0.5/24"|});"""),
            Source("""_ = new Sensor("s1", "10.0.0.1", "10.0.0.0/24");"""));

    [Fact]
    public Task Every_params_element_is_fixed_by_fix_all() =>
        CodeFixAsync(
            Source("""_ = new Sensor("s1", {|PXC0007:"10.0.0.5/24"|}, {|PXC0007:"10.1.0.0/255.255.0.0"|});"""),
            Source("""_ = new Sensor("s1", "10.0.0.0/24", "10.1.0.0/16");"""));

    [Fact]
    public Task A_const_reference_is_reported_but_not_rewritten()
    {
        var source = Usings + """
            class C
            {
                const string Net = "10.0.0.5/24";
                const int P = 70000;
                static void Port([PortNumber] int p) { }
                void M() { _ = new Sensor("s1", {|PXC0007:Net|}); Port({|PXC0002:P|}); }
            }
            """;
        return CodeFixAsync(source, source);
    }

    [Fact]
    public Task A_member_initializer_literal_is_fixed() =>
        CodeFixAsync(
            Usings + """class C { [SquidAddress] const string Net = {|PXC0007:"10.0.0.5/24"|}; }""",
            Usings + """class C { [SquidAddress] const string Net = "10.0.0.0/24"; }""");

    [Fact]
    public Task An_invalid_value_that_trimming_does_not_repair_has_no_fix()
    {
        var source = Source("""_ = new Sensor("s1", {|PXC0001:" 10.0.0.300 "|});""");
        return CodeFixAsync(source, source);
    }

    [Fact]
    public Task Ambiguous_legacy_address_has_no_fix_because_the_intent_is_unknown()
    {
        var source = Source("""_ = new Sensor("s1", {|PXC0006:"010.0.0.1"|});""");
        return CodeFixAsync(source, source);
    }
}
