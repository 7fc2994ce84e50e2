using System.IO;
using ProxyConnect.Squid;
using ProxyConnect.Squid.IO;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Cli.Output;

/// <summary>A config the tool works on: the embedded default, standard input, or a file.</summary>
/// <param name="Config">The parsed document.</param>
/// <param name="Encoding">How its bytes were decoded (and how output is encoded).</param>
/// <param name="DisplayName">The file's path, <c>&lt;stdin&gt;</c> or <c>&lt;default&gt;</c>.</param>
/// <param name="Path">The file's path, or <see langword="null"/> for standard input and the default.</param>
internal sealed record ConfigInput(SquidConfig Config, ConfigEncoding Encoding, string DisplayName, string? Path)
{
    public const string StdinArgument = "-";
    public const string StdinName = "<stdin>";
    public const string DefaultName = "<default>";

    /// <summary>Reads CONFIG: a file, <c>-</c> for standard input; without it (see <see cref="Resolve"/>) standard input
    /// when it carries data, else the embedded default.</summary>
    /// <exception cref="UsageException">CONFIG and <c>--default</c> were both given.</exception>
    public static ConfigInput Read(string? argument, CliIo io, bool useDefault = false, SquidTarget? target = null) => Open(Resolve(argument, io, useDefault), io, target);

    /// <summary>Reads a config named by <see cref="Resolve"/>: <see langword="null"/> for the embedded default,
    /// <c>-</c> for standard input, else a file. The embedded default is the one for <paramref name="target"/> (the
    /// newest Squid when not given).</summary>
    public static ConfigInput Open(string? resolved, CliIo io, SquidTarget? target = null)
    {
        if (resolved is null)
        {
            return new ConfigInput(SquidConfig.Parse(SquidConfig.DefaultTextFor(target ?? SquidTarget.Newest), DefaultName), ConfigEncoding.Utf8, DefaultName, null);
        }

        if (resolved == StdinArgument)
        {
            using var buffer = new MemoryStream();
            io.Stdin.CopyTo(buffer);
            var (text, encoding) = ConfigEncodingCodec.Decode(buffer.ToArray());
            return new ConfigInput(SquidConfig.Parse(text, StdinName), encoding, StdinName, null);
        }

        return LoadFile(resolved);
    }

    /// <summary>What a CONFIG argument means: the argument itself; without it, <c>-</c> when standard input is a pipe
    /// or a file (ripgrep's rule: <c>cat squid.conf | proxyconnect lint</c> lints the piped text), or
    /// <see langword="null"/> (the embedded default) when it is a terminal or a device such as /dev/null, or when
    /// <c>--default</c> asks for it.</summary>
    public static string? Resolve(string? argument, CliIo io, bool useDefault)
    {
        if (argument != null)
        {
            return useDefault
                ? throw new UsageException($"--default and CONFIG '{argument}' both say which config to use; give one of them.")
                : argument;
        }

        return !useDefault && io.StdinKind == StdinKind.Data ? StdinArgument : null;
    }

    /// <summary>How the user named the config, for messages.</summary>
    public static string Describe(string? resolvedArgument) => resolvedArgument switch
    {
        null => "the embedded default (no CONFIG given)",
        StdinArgument => "standard input (-)",
        _ => $"'{resolvedArgument}'",
    };

    private static ConfigInput LoadFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new IOException($"Cannot read squid config '{path}': it is a directory, expected a squid.conf file.");
        }

        var config = SquidConfig.Load(path);
        return new ConfigInput(config, config.Encoding, path, path);
    }

    /// <summary>Whether the file does not exist yet (a new conf.d file): its old text is empty.</summary>
    public bool IsNew { get; init; }

    /// <summary>The text the input had before any edit (empty for a new file).</summary>
    public string OriginalText => IsNew ? string.Empty : Config.ToString();

    /// <summary>Reads a conf.d sensor file, or starts a new one when it does not exist.</summary>
    public static ConfigInput ReadOrCreateSensorFile(string path)
    {
        if (System.IO.File.Exists(path))
        {
            return LoadFile(path);
        }

        if (Directory.Exists(path))
        {
            throw new IOException($"Cannot use '{path}' as the conf.d sensor file: it is a directory, expected a file such as /etc/squid/conf.d/sensors.conf.");
        }

        return new ConfigInput(SquidConfig.CreateSensorFile(path), ConfigEncoding.Utf8, path, path) { IsNew = true };
    }

    /// <summary>The bytes of <paramref name="config"/> (a version of this input) in this input's encoding.</summary>
    public byte[] Encode(SquidConfig config) => ConfigEncodingCodec.Encode(config.ToString(), Encoding, DisplayName);
}
