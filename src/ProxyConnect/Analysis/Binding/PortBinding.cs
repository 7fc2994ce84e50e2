using System.Collections.Generic;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Analysis.Binding;

/// <summary>An <c>http_port</c> or <c>https_port</c> line as bound: its address and port word and its options with the
/// target's facts about each.</summary>
internal sealed class PortBinding
{
    public PortBinding(DirectiveSite site, bool secure, Word? specification, IReadOnlyList<(Word Word, PortOptionFact? Fact)> options)
    {
        Site = site;
        IsHttps = secure;
        Specification = specification;
        Options = options;
    }

    public DirectiveSite Site { get; }

    /// <summary><c>https_port</c> rather than <c>http_port</c>.</summary>
    public bool IsHttps { get; }

    /// <summary><c>3128</c>, <c>host:3128</c> or <c>[::1]:3128</c>; <see langword="null"/> when the line has none.</summary>
    public Word? Specification { get; }

    /// <summary>Every word after the specification, with the target's fact (by the key of a <c>key=value</c> word).</summary>
    public IReadOnlyList<(Word Word, PortOptionFact? Fact)> Options { get; }

    /// <summary>The directive name as written.</summary>
    public string DirectiveName => IsHttps ? Binder.HttpsPortKeyword : Squid.Model.HttpPortDirective.Keyword;
}
