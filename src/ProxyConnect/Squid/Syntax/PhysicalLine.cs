namespace ProxyConnect.Squid.Syntax;

/// <summary>One physical line of the source: its content and the line ending that closes it.</summary>
/// <remarks>Squid reads lines up to <c>\n</c>; the <c>\r</c> of a CRLF pair is part of the ending here so that
/// content never carries it. A lone CR stays inside the content, as Squid sees it.</remarks>
internal readonly struct PhysicalLine
{
    public PhysicalLine(int start, int contentLength, int endingLength)
    {
        Start = start;
        ContentLength = contentLength;
        EndingLength = endingLength;
    }

    /// <summary>Offset of the first character in the source text.</summary>
    public int Start { get; }

    /// <summary>Characters before the line ending.</summary>
    public int ContentLength { get; }

    /// <summary>0 (end of text), 1 (LF) or 2 (CRLF).</summary>
    public int EndingLength { get; }

    public int FullLength => ContentLength + EndingLength;

    public int End => Start + FullLength;
}
