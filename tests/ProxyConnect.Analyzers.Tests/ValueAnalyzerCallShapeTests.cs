using static ProxyConnect.Analyzers.Tests.Verify;

namespace ProxyConnect.Analyzers.Tests;

/// <summary>
/// Every kind of call whose arguments reach an annotated parameter. The analyzer looks at calls (invocations, object
/// creations, indexer references) rather than at each argument, and skips a call whose method has no annotated
/// parameter; these tests pin down that no kind of call is missed and that the per-method shortcut is right for
/// generic, extension, delegate, override and constructor-initializer calls.
/// </summary>
public class ValueAnalyzerCallShapeTests
{
    [Fact]
    public Task Indexer_arguments_are_checked() =>
        ValuesAsync(Usings + """
            class Table
            {
                public int this[[PortNumber] int port] => port;
                int M() => this[{|PXC0002:70000|}] + this[8080];
            }
            """);

    [Fact]
    public Task Indexer_assignment_target_arguments_are_checked() =>
        ValuesAsync(Usings + """
            class Table
            {
                public string this[[AclName] string name] { get => name; set { } }
                void M() { this[{|PXC0004:"has space"|}] = "x"; this["ok"] = "has space"; }
            }
            """);

    [Fact]
    public Task Delegate_invocation_arguments_are_checked() =>
        ValuesAsync(Usings + """
            delegate void Connect([PortNumber] int port);
            class C { void M(Connect connect) { connect({|PXC0002:70000|}); connect.Invoke({|PXC0002:0|}); connect(3128); } }
            """);

    [Fact]
    public Task Base_and_this_constructor_initializer_arguments_are_checked() =>
        ValuesAsync(Usings + """
            class B { public B([PortNumber] int port) { } }
            class D : B { public D() : base({|PXC0002:70000|}) { } public D(string s) : this() { } }
            class E([PortNumber] int port) { int P => port; }
            class F() : E({|PXC0002:0|});
            """);

    [Fact]
    public Task Generic_method_and_generic_type_arguments_are_checked_through_their_definition() =>
        ValuesAsync(Usings + """
            class Box<T> { public static void Put(T item, [HostOrAddress] string host) { } }
            static class Api { public static T Echo<T>(T value, [PortNumber] int port) => value; }
            class C
            {
                void M()
                {
                    Box<int>.Put(1, {|PXC0001:"bad host!"|});
                    Box<string>.Put("x", "proxy.example.com");
                    _ = Api.Echo<string>("a", {|PXC0002:70000|});
                    _ = Api.Echo(1.5, {|PXC0002:-1|});
                }
            }
            """);

    [Fact]
    public Task Extension_method_arguments_are_checked_in_reduced_and_static_form() =>
        ValuesAsync(Usings + """
            static class Ext { public static int WithPort(this string host, [PortNumber] int port) => port; }
            class C
            {
                void M()
                {
                    _ = "h".WithPort({|PXC0002:70000|});
                    _ = Ext.WithPort("h", {|PXC0002:0|});
                    _ = "h".WithPort(3128);
                }
            }
            """);

    [Fact]
    public Task Target_typed_new_and_collection_initializer_adds_are_checked() =>
        ValuesAsync(Usings + """
            class Endpoint { public Endpoint([PortNumber] int port) { } }
            class Ports : System.Collections.Generic.List<int> { public void Add([PortNumber] int port, string label) { } }
            class C
            {
                void M()
                {
                    Endpoint e = new({|PXC0002:70000|});
                    var p = new Ports { { {|PXC0002:0|}, "zero" }, { 3128, "ok" } };
                }
            }
            """);

    [Fact]
    public Task A_call_with_no_constant_argument_is_not_reported_and_a_later_constant_is() =>
        ValuesAsync(Usings + """
            static class Api { public static void Two([PortNumber] int a, [PortNumber] int b) { } }
            class C { void M(int x) { Api.Two(x, x); Api.Two(x, {|PXC0002:70000|}); Api.Two({|PXC0002:0|}, x); } }
            """);

    [Fact]
    public Task Override_of_an_annotated_method_in_a_generic_base_is_checked() =>
        ValuesAsync(Usings + """
            abstract class B<T> { public abstract void Send(T item, [PortNumber] int port); }
            class D : B<string> { public override void Send(string item, int port) { } void M() => Send("x", {|PXC0002:70000|}); }
            """);
}
