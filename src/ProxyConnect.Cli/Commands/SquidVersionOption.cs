using System.CommandLine;
using ProxyConnect.Cli.Output;
using ProxyConnect.Cli.Reload;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Cli.Commands;

/// <summary><c>--squid-version 4|5|6|7|X.Y[+openssl]|auto</c>: the Squid a command answers for, spelled and resolved
/// the same on every command that takes it. Absent means the newest Squid ProxyConnect knows, so that output does not
/// depend on the machine it runs on; <c>auto</c> asks the local <c>squid -v</c>.</summary>
internal static class SquidVersionOption
{
    public const string Name = "--squid-version";
    public const string Auto = "auto";

    public static Option<string> Create() => new(Name)
    {
        Description = $"The Squid the config is for: 4, 5, 6 or 7 (that major's Debian release), X.Y such as 6.13, either with +openssl for an OpenSSL build (ssl-bump and friends), or auto to ask the local 'squid -v'. Default: the newest, {SquidTarget.Newest.Major}.",
        HelpName = "4|5|6|7|X.Y[+openssl]|auto",
    };

    /// <summary>The target the option names.</summary>
    /// <param name="io">Where <c>auto</c> says what it found.</param>
    /// <param name="value">The option's value, or <see langword="null"/> when absent.</param>
    /// <param name="squidBinary"><c>--squid PATH</c> of the reload options, which <c>auto</c> asks first.</param>
    public static ChosenTarget Resolve(CliIo io, string? value, string? squidBinary = null)
    {
        if (value is null)
        {
            return ChosenTarget.NewestTarget;
        }

        if (string.Equals(value.Trim(), Auto, System.StringComparison.OrdinalIgnoreCase))
        {
            return Detect(io, squidBinary);
        }

        if (!SquidTarget.TryParse(value, out var target))
        {
            throw new UsageException(
                $"{Name} '{value}' is not a Squid version ProxyConnect knows: use {SquidTarget.OldestMajor} to {SquidTarget.NewestMajor}, X.Y such as 6.13 (either optionally with +openssl), or {Auto}.");
        }

        return new ChosenTarget(target!, ChosenTarget.Given);
    }

    private static ChosenTarget Detect(CliIo io, string? squidBinary)
    {
        var squid = squidBinary ?? SquidReloader.Find();
        if (squid is null)
        {
            io.ReportWarning($"{Name} {Auto}: no squid at {SquidReloader.DefaultSquid} or on PATH; using the newest, {SquidTarget.Newest}.");
            return ChosenTarget.NewestTarget;
        }

        var outcome = ProcessRunner.Run(squid, new[] { "-v" });
        var found = outcome.Succeeded ? SquidTarget.FromVersionOutput(outcome.Output) : null;
        if (found is null)
        {
            throw new UsageException(
                $"{Name} {Auto}: '{squid} -v' did not name a Squid version ProxyConnect knows ({SquidTarget.OldestMajor} to {SquidTarget.NewestMajor}); give the version instead, for example {Name} {SquidTarget.Newest.Major}.");
        }

        io.ReportInfo($"{Name} {Auto}: {found}, from '{squid} -v'.");
        return new ChosenTarget(found, ChosenTarget.Detected);
    }
}
