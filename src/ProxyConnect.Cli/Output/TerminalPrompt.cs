using System;
using System.Text;

namespace ProxyConnect.Cli.Output;

/// <summary>Reads a secret from the terminal without showing it.</summary>
internal static class TerminalPrompt
{
    /// <summary>Writes <paramref name="prompt"/> on standard error and reads one line with echo off; <see langword="null"/>
    /// when the input ends first.</summary>
    public static string? ReadSecret(string prompt)
    {
        Console.Error.Write(prompt);
        var secret = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            switch (key.Key)
            {
                case ConsoleKey.Enter:
                    Console.Error.WriteLine();
                    return secret.ToString();
                case ConsoleKey.Backspace:
                    if (secret.Length > 0)
                    {
                        secret.Length--;
                    }

                    break;
                default:
                    if (key.KeyChar == '\u0004' && secret.Length == 0)
                    {
                        Console.Error.WriteLine();
                        return null;
                    }

                    if (!char.IsControl(key.KeyChar))
                    {
                        secret.Append(key.KeyChar);
                    }

                    break;
            }
        }
    }
}
