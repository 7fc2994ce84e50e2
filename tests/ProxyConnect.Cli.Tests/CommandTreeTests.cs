using System.CommandLine;
using ProxyConnect.Cli.Output;

namespace ProxyConnect.Cli.Tests;

/// <summary>The tool builds only the command a command line names (a start-up saving of the native executable);
/// these tests hold that to parsing exactly as the whole tree parses.</summary>
public class CommandTreeTests
{
    private static CliIo Io() => new(new MemoryStream(), new MemoryStream(), new StringWriter(), stderrIsTerminal: false);

    [Fact]
    public void Each_listed_command_is_created_under_the_name_it_is_listed_with()
    {
        foreach (var (name, create) in Program.Commands)
        {
            create(Io()).Name.Should().Be(name);
        }
    }

    [Fact]
    public void The_whole_tree_holds_every_listed_command_with_help_and_version()
    {
        var root = Program.BuildRoot(Io());

        root.Subcommands.Select(c => c.Name).Should().Equal(Program.Commands.Select(c => c.Name));
        root.Options.Should().Contain(o => o is System.CommandLine.Help.HelpOption);
        root.Options.Should().Contain(o => o is VersionOption);
    }

    public static TheoryData<string[]> CommandLines => new()
    {
        new[] { "lint", "a.conf" },
        new[] { "lint", "a.conf", "b.conf", "--format", "json" },
        new[] { "lint", "--format", "xml" },
        new[] { "lint", "a.conf", "--nosuch" },
        new[] { "lint", "a.conf", "--verbose" },
        new[] { "add-sensor", "a.conf", "--name", "s1", "--ip", "10.0.0.1", "--in-place" },
        new[] { "add-sensor", "a.conf", "--ip", "10.0.0.1" },
        new[] { "check", "--src", "10.0.0.1", "--port", "https" },
        new[] { "check" },
        new[] { "sensors", "a.conf", "extra" },
        new[] { "probe", "--proxy", "http://127.0.0.1:3128" },
        new[] { "nosuch" },
        new[] { "--verbose", "lint", "a.conf" },
    };

    [Theory]
    [MemberData(nameof(CommandLines))]
    public void A_command_line_parses_the_same_with_only_its_command_as_with_the_whole_tree(string[] args)
    {
        var whole = Program.BuildRoot(Io()).Parse(args);
        var narrow = Program.BuildRoot(Io(), args).Parse(args);

        narrow.CommandResult.Command.Name.Should().Be(whole.CommandResult.Command.Name);
        narrow.Errors.Select(e => e.Message).Should().Equal(whole.Errors.Select(e => e.Message));
        narrow.UnmatchedTokens.Should().Equal(whole.UnmatchedTokens);
        narrow.Action?.GetType().Should().Be(whole.Action?.GetType());
    }

    [Theory]
    [InlineData("lint", "--help")]
    [InlineData("--version")]
    [InlineData("check", "-h")]
    public void Help_and_version_get_the_whole_tree(params string[] args)
    {
        var root = Program.BuildRoot(Io(), args);

        root.Subcommands.Should().HaveCount(Program.Commands.Length);
    }
}
