using System;

namespace ProxyConnect.Analysis.Evaluation.Patterns;

/// <summary>A pattern glibc refuses, or one whose meaning the evaluator does not reproduce (back-references,
/// multi-character collating elements): the message says which.</summary>
internal sealed class EreSyntaxException : Exception
{
    public EreSyntaxException(string message)
        : base(message)
    {
    }
}
