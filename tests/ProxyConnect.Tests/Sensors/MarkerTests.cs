using ProxyConnect.Sensors;
using ProxyConnect.Squid;

namespace ProxyConnect.Tests.Sensors;

/// <summary>Issue 17, point 2: the marker is any comment line whose text, after its leading '#' characters and
/// blanks, is the marker text.</summary>
public class MarkerTests
{
    [Theory]
    [InlineData("# INSERT YOUR OWN RULE(S) HERE TO ALLOW ACCESS FROM YOUR CLIENTS", "#")]
    [InlineData("## INSERT YOUR OWN RULE(S) HERE TO ALLOW ACCESS FROM YOUR CLIENTS", "##")]
    [InlineData("### INSERT YOUR OWN RULE(S) HERE TO ALLOW ACCESS FROM YOUR CLIENTS ", "###")]
    [InlineData("  #\t# INSERT YOUR OWN RULE(S) HERE TO ALLOW ACCESS FROM YOUR CLIENTS", "# #")]
    [InlineData("#INSERT YOUR OWN RULE(S) HERE TO ALLOW ACCESS FROM YOUR CLIENTS", "#")]
    public void Any_number_of_hashes_and_blanks_before_the_marker_text(string marker, string frame)
    {
        var text = $"http_access deny CONNECT !SSL_ports\n{frame}\n{marker}\n{frame}\n\nhttp_access deny all\n";
        var config = SquidConfig.Parse("acl SSL_ports port 443\n" + text);

        config.MarkerLocation!.Line.Should().Be(4);
        config.AddSensor(new Sensor("s1", "10.0.0.1")).ToString()
            .Should().Contain($"{marker}\n{frame}\nacl s1 src 10.0.0.1\nhttp_access allow s1\n\nhttp_access deny all");
    }

    [Theory]
    [InlineData("# INSERT YOUR OWN RULE(S) HERE TO ALLOW ACCESS FROM YOUR CLIENTS, please")]
    [InlineData("# insert your own rule(s) here to allow access from your clients")]
    [InlineData("#- INSERT YOUR OWN RULE(S) HERE TO ALLOW ACCESS FROM YOUR CLIENTS")]
    public void Other_comments_are_not_the_marker(string comment) =>
        SquidConfig.Parse($"{comment}\nhttp_access deny all\n").MarkerLocation.Should().BeNull();
}
