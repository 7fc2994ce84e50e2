using ProxyConnect.Squid.Model;

namespace ProxyConnect.Squid.Editing;

/// <summary>Where <see cref="SquidConfig.AddDirective(Directive, DirectivePosition?)"/> puts a new line.</summary>
public abstract record DirectivePosition
{
    private DirectivePosition()
    {
    }

    /// <summary>The default: after the last line with the same directive name (for <c>acl</c>: the same ACL name
    /// first, then the last <c>acl</c> before the first <c>http_access</c>; for <c>http_access</c>: before the
    /// final <c>http_access deny all</c>); at the end when there is none.</summary>
    public static DirectivePosition NextToSameName { get; } = new NextToSameNamePosition();

    /// <summary>Directly after the marker comment block.</summary>
    public static DirectivePosition AfterMarker { get; } = new AfterMarkerPosition();

    /// <summary>Directly before the last <c>http_access deny all</c> and the comment block above it.</summary>
    public static DirectivePosition BeforeFinalDenyAll { get; } = new BeforeFinalDenyAllPosition();

    /// <summary>At the end of the document.</summary>
    public static DirectivePosition End { get; } = new EndPosition();

    /// <summary>Directly before <paramref name="directive"/> (a view read from the same document).</summary>
    /// <param name="directive">The anchor.</param>
    public static DirectivePosition Before(Directive directive) => new AnchorPosition(directive, IsAfter: false);

    /// <summary>Directly after <paramref name="directive"/> (a view read from the same document).</summary>
    /// <param name="directive">The anchor.</param>
    public static DirectivePosition After(Directive directive) => new AnchorPosition(directive, IsAfter: true);

    internal sealed record NextToSameNamePosition : DirectivePosition;

    internal sealed record AfterMarkerPosition : DirectivePosition;

    internal sealed record BeforeFinalDenyAllPosition : DirectivePosition;

    internal sealed record EndPosition : DirectivePosition;

    internal sealed record AnchorPosition(Directive Anchor, bool IsAfter) : DirectivePosition;
}
