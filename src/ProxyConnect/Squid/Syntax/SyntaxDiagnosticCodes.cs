namespace ProxyConnect.Squid.Syntax;

/// <summary>The ids of findings the syntax layer itself raises. Lint rules use the same id space.</summary>
public static class SyntaxDiagnosticCodes
{
    /// <summary>A UTF-8 byte order mark before the first directive: Squid does not strip it.</summary>
    public const string ByteOrderMark = "PXC1001";

    /// <summary>A continuation (<c>\</c> at the end) still open at the end of the file: Squid discards it.</summary>
    public const string OpenContinuation = "PXC1002";

    /// <summary>A carriage return inside a line: Squid ignores everything after it.</summary>
    public const string CarriageReturnInLine = "PXC1003";

    /// <summary>A physical line longer than 8191 bytes: Squid splits it silently.</summary>
    public const string LineTooLong = "PXC1004";

    /// <summary>A <c>\</c> followed by blanks at the end of a line: not a continuation for Squid.</summary>
    public const string BackslashBeforeBlanks = "PXC1005";
}
