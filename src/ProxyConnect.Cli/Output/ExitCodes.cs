namespace ProxyConnect.Cli.Output;

/// <summary>The tool's exit codes; scripts rely on them.</summary>
public static class ExitCodes
{
    /// <summary>Done as asked (and, for lint and check, the answer is yes).</summary>
    public const int Success = 0;

    /// <summary>The answer is no: lint found an error, or check found the request denied or indeterminate.</summary>
    public const int No = 1;

    /// <summary>Could not do what was asked: usage error, unreadable file, invalid name or address, marker missing.</summary>
    public const int Failure = 2;
}
