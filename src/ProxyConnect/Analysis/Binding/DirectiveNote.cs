using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Analysis.Binding;

/// <summary>A directive whose name the target does not simply accept: unknown, obsolete, or needing a build feature
/// the target lacks. Ordinary directives are not recorded.</summary>
internal sealed class DirectiveNote
{
    public DirectiveNote(DirectiveSite site, Word name, DirectiveFact? fact)
    {
        Site = site;
        NameWord = name;
        Fact = fact;
    }

    public DirectiveSite Site { get; }

    public Word NameWord { get; }

    /// <summary>The target's fact; <see langword="null"/> when the target does not know the name.</summary>
    public DirectiveFact? Fact { get; }
}
