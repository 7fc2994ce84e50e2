using System.CommandLine;
using System.IO;
using System.Text;
using ProxyConnect.Cli.Output;
using ProxyConnect.Squid.Auth;

namespace ProxyConnect.Cli.Commands;

/// <summary><c>proxyconnect passwd FILE --user NAME [--squid-user USER]</c>: sets a password in the file Squid's
/// basic_ncsa_auth helper reads. The password comes from standard input or a prompt, never from the command line
/// (where every user of the machine could read it in the process list).</summary>
internal static class PasswdCommand
{
    /// <summary>The name the command is called by.</summary>
    public const string Name = "passwd";

    public static Command Create(CliIo io)
    {
        var file = new Argument<string>("FILE")
        {
            Description = "The password file (htpasswd style, as basic_ncsa_auth reads it); created when missing.",
        };
        file.Validators.Add(CommonSymbols.RefuseOptionLikeValues);
        var user = new Option<string>("--user")
        {
            Description = "The user name to set (the sensor's proxy user name).",
            HelpName = "NAME",
            Required = true,
        };
        var squidUser = new Option<string>("--squid-user")
        {
            Description = "The user Squid's helper runs as (cache_effective_user): a new file gets its group and mode 0640.",
            HelpName = "USER",
            DefaultValueFactory = _ => "proxy",
        };

        var command = new Command(
            Name,
            CommonSymbols.Describe(
                "Set a user's password (SHA-512 crypt) in Squid's basic_ncsa_auth password file. The password is read from standard input when it is a pipe or a file (first line), else asked for on the terminal without echo; never from the command line. A new file is never world-readable.",
                "printf '%s\\n' \"$PASSWORD\" | proxyconnect passwd /etc/squid/passwords --user sensor1"))
        {
            file, user, squidUser,
        };
        command.SetAction(result => Run(io, result.GetRequiredValue(file), result.GetRequiredValue(user), result.GetRequiredValue(squidUser)));
        return command;
    }

    private static int Run(CliIo io, string path, string user, string squidUser)
    {
        if (Directory.Exists(path))
        {
            throw new UsageException($"'{path}' is a directory; give the password file, for example /etc/squid/passwords.");
        }

        var password = ReadPassword(io);
        var existed = File.Exists(path);
        PasswordFile.Edit(path, f => f.SetPassword(user, password), squidUser);
        io.ReportInfo($"{(existed ? "updated" : "created")} {path}: password of '{user}' set.");
        return ExitCodes.Success;
    }

    private static string ReadPassword(CliIo io)
    {
        switch (io.StdinKind)
        {
            case StdinKind.Data:
            {
                using var reader = new StreamReader(io.Stdin, new UTF8Encoding(false), false, 1024, leaveOpen: true);
                var line = reader.ReadLine();
                return string.IsNullOrEmpty(line)
                    ? throw new UsageException("No password on standard input: pipe one line with the password (it is never taken from the command line).")
                    : line;
            }

            case StdinKind.Terminal when io.PromptSecret is { } prompt:
            {
                var first = prompt("New password: ");
                var second = first is null ? null : prompt("Repeat it: ");
                if (string.IsNullOrEmpty(first))
                {
                    throw new UsageException("No password given.");
                }

                return first == second ? first! : throw new UsageException("The two passwords differ; nothing was changed.");
            }

            default:
                throw new UsageException("No password: standard input is neither a pipe, a file nor a terminal. Pipe the password in (it is never taken from the command line).");
        }
    }
}
