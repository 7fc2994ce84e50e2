using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static ProxyConnect.Analyzers.Tests.Verify;

namespace ProxyConnect.Analyzers.Tests;

public class ValueAnalyzerTests
{
    private static string InMethod(string body, string members = "") => Usings + $$"""
        class C
        {
            {{members}}
            void M()
            {
                {{body}}
            }
        }
        """;

    private const string UserApi = """
        class Api
        {
            public static void Port([PortNumber] int p) { }
            public static void Address([SquidAddress] string a) { }
            public static void Host([HostOrAddress] string h) { }
            public static void Name([AclName] string n) { }
            public static void Many([SquidAddress] params string[] a) { }
            public static void Plain(int p, string a) { }
            [PortNumber] public int PortProperty { get; set; }
            [HostOrAddress] public string? HostProperty { get; set; }
            [SquidAddress] public string? AddressField;
        }
        """;

    // ---- PXC0001: invalid address -------------------------------------------------------------

    [Fact]
    public Task Invalid_address_in_the_library_api_is_an_error_with_the_reason_from_values() =>
        ValuesAsync(
            InMethod("""_ = new Sensor("s1", {|#0:"10.0.0.300"|});"""),
            Diagnostic(DiagnosticIds.InvalidAddress).WithLocation(0)
                .WithArguments("'10.0.0.300' is not a valid IPv4 address: octet 4 (300) is larger than 255. Expected an IPv4 or IPv6 address, a CIDR such as 10.0.0.0/24, a range such as 10.0.0.1-10.0.0.9, or all/ipv4/ipv6."));

    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData("2001:db8::1")]
    [InlineData("10.0.0.0/24")]
    [InlineData("10.0.0.1-10.0.0.9")]
    [InlineData("all")]
    public Task Valid_addresses_are_silent(string address) =>
        ValuesAsync(InMethod($$"""_ = new Sensor("s1", "{{address}}");"""));

    [Theory]
    [InlineData("proxy.example.com")]
    [InlineData("10.0.0.1")]
    [InlineData("2001:db8::1")]
    public Task Valid_hosts_are_silent(string host) =>
        ValuesAsync(InMethod($$"""Api.Host("{{host}}");""", UserApi));

    [Theory]
    [InlineData("http://proxy")]
    [InlineData("10.0.0.256")]
    [InlineData("proxy:3128")]
    [InlineData("bad_host!")]
    public Task Invalid_host_is_PXC0001(string host) =>
        ValuesAsync(InMethod($$"""Api.Host({|PXC0001:"{{host}}"|});""", UserApi));

    [Fact]
    public Task A_host_name_with_a_dash_is_an_address_error_not_a_network_error() =>
        ValuesAsync(InMethod("""_ = new Sensor("s1", {|PXC0001:"my-host"|});"""));

    // ---- PXC0002: port ------------------------------------------------------------------------

    [Theory]
    [InlineData("0")]
    [InlineData("70000")]
    [InlineData("-1")]
    public Task Port_out_of_range_is_PXC0002(string port) =>
        ValuesAsync(InMethod($$"""Api.Port({|PXC0002:{{port}}|});""", UserApi));

    [Theory]
    [InlineData("1")]
    [InlineData("3128")]
    [InlineData("65535")]
    public Task Port_in_range_is_silent(string port) =>
        ValuesAsync(InMethod($$"""Api.Port({{port}});""", UserApi));

    [Fact]
    public Task Port_message_says_why() =>
        ValuesAsync(
            InMethod("""Api.Port({|#0:70000|});""", UserApi),
            Diagnostic(DiagnosticIds.PortOutOfRange).WithLocation(0).WithArguments("port 70000 is larger than 65535"));

    // ---- PXC0003: network ---------------------------------------------------------------------

    [Theory]
    [InlineData("10.0.0.0/33")]
    [InlineData("10.0.0.0/255.0.255.0")]
    [InlineData("10.0.0.9-10.0.0.300")]
    [InlineData("10.0.0.1-2001:db8::1")]
    [InlineData("10.0.0.0/")]
    public Task Invalid_network_is_PXC0003(string value) =>
        ValuesAsync(InMethod($$"""_ = new Sensor("s1", {|PXC0003:"{{value}}"|});"""));

    // ---- PXC0004: ACL name --------------------------------------------------------------------

    [Theory]
    [InlineData("all")]
    [InlineData("ALL")]
    [InlineData("localhost")]
    [InlineData("two words")]
    [InlineData("has#hash")]
    [InlineData("has\\\"quote")]
    [InlineData("it's")]
    [InlineData("!negated")]
    [InlineData("-option")]
    [InlineData("")]
    public Task Invalid_acl_name_is_PXC0004(string name) =>
        ValuesAsync(InMethod($$"""_ = new Sensor({|PXC0004:"{{name}}"|}, "10.0.0.1");"""));

    [Theory]
    [InlineData("plc-01")]
    [InlineData("line_3.sensor:a")]
    public Task Valid_acl_name_is_silent(string name) =>
        ValuesAsync(InMethod($$"""_ = new Sensor("{{name}}", "10.0.0.1");"""));

    // ---- PXC0006 and PXC0007: warnings ---------------------------------------------------------

    [Fact]
    public Task Octal_looking_address_is_a_PXC0006_warning_not_an_error() =>
        ValuesAsync(
            InMethod("""_ = new Sensor("s1", {|#0:"010.0.0.1"|});"""),
            new DiagnosticResult(DiagnosticIds.AmbiguousLegacyAddress, DiagnosticSeverity.Warning)
                .WithLocation(0).WithArguments("010.0.0.1", "8.0.0.1"));

    [Fact]
    public Task Short_form_in_a_cidr_is_PXC0006() =>
        ValuesAsync(InMethod("""_ = new Sensor("s1", {|PXC0006:"010.0.0.0/8"|});"""));

    [Theory]
    [InlineData("10.0.0.5/24")]
    [InlineData("10.0.0.0/255.255.255.0")]
    [InlineData("10.0.0.9-10.0.0.1")]
    public Task Accepted_but_not_canonical_network_is_a_PXC0007_warning(string value) =>
        ValuesAsync(InMethod($$"""_ = new Sensor("s1", {|PXC0007:"{{value}}"|});"""));

    [Fact]
    public Task Host_bits_message_comes_from_values() =>
        ValuesAsync(
            InMethod("""_ = new Sensor("s1", {|#0:"10.0.0.5/24"|});"""),
            new DiagnosticResult(DiagnosticIds.NonCanonicalNetwork, DiagnosticSeverity.Warning)
                .WithLocation(0)
                .WithArguments("10.0.0.5/24: host bits are set; Squid warns and clears them, so this stands for the whole network; write 10.0.0.0/24"));

    // ---- Constant forms -------------------------------------------------------------------------

    [Fact]
    public Task Const_field_is_checked() =>
        ValuesAsync(InMethod("""_ = new Sensor("s1", {|PXC0001:Bad|});""", """const string Bad = "10.0.0.300";"""));

    [Fact]
    public Task Const_local_is_checked() =>
        ValuesAsync(InMethod("""const int port = 70000; Api.Port({|PXC0002:port|});""", UserApi));

    [Fact]
    public Task Constant_interpolated_string_is_checked() =>
        ValuesAsync(InMethod("""const string net = "10.0.0"; _ = new Sensor("s1", {|PXC0001:$"{net}.300"|});"""));

    [Fact]
    public Task Constant_expression_is_checked() =>
        ValuesAsync(InMethod("""Api.Port({|PXC0002:60000 + 6000|});""", UserApi));

    [Fact]
    public Task Each_params_element_is_checked() =>
        ValuesAsync(InMethod("""_ = new Sensor("s1", "10.0.0.1", {|PXC0001:"10.0.0.300"|}, "10.0.1.0/24", {|PXC0003:"10.0.0.0/40"|});"""));

    [Fact]
    public Task Each_element_of_an_explicit_array_is_checked() =>
        ValuesAsync(InMethod("""_ = new Sensor("s1", new[] { "10.0.0.1", {|PXC0001:"10.0.0.300"|} });"""));

    [Fact]
    public Task Named_arguments_are_checked() =>
        ValuesAsync(InMethod("""_ = new Sensor(addresses: {|PXC0001:"10.0.0.300"|}, name: {|PXC0004:"all"|});"""));

    [Fact]
    public Task Object_initializer_is_checked() =>
        ValuesAsync(InMethod("""_ = new Api { PortProperty = {|PXC0002:70000|}, HostProperty = {|PXC0001:"http://x"|}, AddressField = {|PXC0003:"1.2.3.4/99"|} };""", UserApi));

    [Fact]
    public Task Property_and_field_assignments_are_checked() =>
        ValuesAsync(InMethod("""var x = new Api(); x.PortProperty = {|PXC0002:0|}; x.AddressField = {|PXC0001:"1.2.3.999"|};""", UserApi));

    [Fact]
    public Task Short_ipv4_form_is_PXC0006_since_squid_fills_the_last_part() =>
        ValuesAsync(InMethod("""_ = new Sensor("s1", {|PXC0006:"10.1"|});"""));

    [Fact]
    public Task With_initializer_is_checked() =>
        ValuesAsync(Usings + """
            record R([property: PortNumber] int Port);
            class C
            {
                R M(R r) => r with { Port = {|PXC0002:70000|} };
            }
            """);

    [Fact]
    public Task Property_field_and_parameter_initializers_are_checked() =>
        ValuesAsync(Usings + """
            class C
            {
                [PortNumber] public int Port { get; set; } = {|PXC0002:70000|};
                [AclName] public string Name = {|PXC0004:"all"|};
                [SquidAddress] public const string Net = {|PXC0003:"10.0.0.0/33"|};
                void M([PortNumber] int port = {|PXC0002:0|}) { }
                void N() => M();
            }
            """);

    [Fact]
    public Task String_port_is_parsed() =>
        ValuesAsync(Usings + """
            class C
            {
                static void P([PortNumber] string port) { }
                void M() { P("3128"); P({|PXC0002:"99999"|}); P({|PXC0002:"31 28"|}); }
            }
            """);

    // ---- Not reported ---------------------------------------------------------------------------

    [Fact]
    public Task Non_constant_values_are_never_reported() =>
        ValuesAsync(InMethod("""
            string address = "10.0.0.300";
            int port = 70000;
            string[] all = { "10.0.0.300" };
            _ = new Sensor("s1", address);
            _ = new Sensor(address, all);
            _ = new Sensor("s1", $"{port}.0.0.1");
            Api.Port(port);
            Api.Port(int.Parse("0"));
            var x = new Api { PortProperty = port, HostProperty = address.Trim() };
            x.AddressField = address;
            _ = new Sensor("s1", "10.0.0.1", address, "10.0.0.2");
            """, UserApi));

    [Fact]
    public Task Unannotated_members_are_not_checked() =>
        ValuesAsync(InMethod("""Api.Plain(70000, "10.0.0.300"); var p = new { Port = 70000 }; int q = 70000;""", UserApi));

    [Fact]
    public Task Null_is_not_reported() =>
        ValuesAsync(InMethod("""Api.Host(null!); Api.Address(null!); Api.Name(null!);""", UserApi));

    [Fact]
    public Task User_annotated_api_is_checked_as_the_library_is() =>
        ValuesAsync(Usings + """
            class MyApi
            {
                void M([ProxyConnect.Annotations.PortNumber] int p) { }
                void N([ProxyConnect.Annotations.AclName] string n, [ProxyConnect.Annotations.SquidAddress] string a) { }
                void Call() { M({|PXC0002:70000|}); M(8080); N({|PXC0004:"has space"|}, {|PXC0001:"10.0.0.300"|}); }
            }
            """);

    [Fact]
    public Task Override_inherits_the_annotation_of_the_base_member() =>
        ValuesAsync(Usings + """
            abstract class B { [PortNumber] public abstract int Port { get; set; } public abstract void M([AclName] string n); }
            class D : B
            {
                public override int Port { get; set; }
                public override void M(string n) { }
                void Call() { Port = {|PXC0002:0|}; M({|PXC0004:"all"|}); }
            }
            """);

    [Fact]
    public Task Annotated_members_of_another_library_that_references_ProxyConnect_are_checked() =>
        ValuesWithLibraryAsync(
            """
            namespace Vendor;
            public static class Gateway { public static void Connect([ProxyConnect.Annotations.PortNumber] int port) { } }
            public abstract class Device { [ProxyConnect.Annotations.HostOrAddress] public abstract string Host { get; set; } }
            """,
            """
            class Plant : Vendor.Device
            {
                public override string Host { get; set; } = "proxy.example.com";
                void M() { Vendor.Gateway.Connect({|PXC0002:70000|}); Vendor.Gateway.Connect(8080); Host = {|PXC0001:"bad host!"|}; }
            }
            """);

    [Fact]
    public Task Nothing_runs_without_the_annotation_types() =>
        WithoutLibraryAsync<ValueAnalyzer>("""
            namespace ProxyConnect.Other { class PortNumberAttribute : System.Attribute { } }
            class C { void M([ProxyConnect.Other.PortNumber] int p) { } void N() => M(70000); }
            """);
}
