using System;

namespace ProxyConnect.Analysis.Evaluation.Patterns;

/// <summary>A pattern glibc refuses, or one whose meaning the evaluator does not reproduce (back-references,
/// multi-character collating elements): the message says which.</summary>
internal sealed class EreSyntaxException : Exception
{
    public EreSyntaxException(string message, bool glibcAccepts = false)
        : base(message)
    {
        GlibcAccepts = glibcAccepts;
    }

    /// <summary>glibc's <c>regcomp</c> accepts the pattern; only the evaluator cannot reproduce its meaning, so Squid
    /// reads the config.</summary>
    public bool GlibcAccepts { get; }
}
