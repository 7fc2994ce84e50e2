using System;

namespace ProxyConnect.Cli.Output;

/// <summary>The arguments do not make sense together (exit code 2). The message says what is wrong and what is
/// expected.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }
}
