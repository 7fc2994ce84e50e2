using System;
using System.Text;

namespace ProxyConnect.Cli.Output;

/// <summary>What the tool says about an exception: one line by default, the whole story with <c>--verbose</c>.</summary>
internal static class ErrorReport
{
    /// <summary>The one-line message: the message alone for the errors the tool expects (usage, invalid values,
    /// refused edits, files), the type's name too for anything else, never a stack trace.</summary>
    public static string Message(Exception ex) => ex switch
    {
        UsageException => ex.Message,
        ArgumentException argument => WithoutParameterSuffix(argument),
        InvalidOperationException or System.IO.IOException or UnauthorizedAccessException => ex.Message,
        _ => $"unexpected {ex.GetType().Name}: {ex.Message} (run with --verbose for details)",
    };

    /// <summary>Type, message and stack trace of the exception and every inner one.</summary>
    public static string Details(Exception ex)
    {
        var builder = new StringBuilder();
        for (Exception? current = ex; current != null; current = current.InnerException)
        {
            builder.Append(current == ex ? "details: " : "caused by: ").Append(current.GetType().FullName).Append(": ").AppendLine(current.Message);
            if (current.StackTrace is { } trace)
            {
                builder.AppendLine(trace);
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>An argument exception's message without .NET's "(Parameter 'x')" suffix.</summary>
    private static string WithoutParameterSuffix(ArgumentException ex)
    {
        var message = ex.Message;
        var suffix = $" (Parameter '{ex.ParamName}')";
        return ex.ParamName != null && message.EndsWith(suffix, StringComparison.Ordinal) ? message.Substring(0, message.Length - suffix.Length) : message;
    }
}
