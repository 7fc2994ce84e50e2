using ProxyConnect.Squid;

namespace ProxyConnect.Analysis.Binding;

/// <summary>What went wrong before directives are even read: a syntax diagnostic of a file, an include that cannot be
/// followed, an unbalanced or invalid <c>if</c>.</summary>
/// <param name="Code">The diagnostic id it is reported under (syntax diagnostics carry their own).</param>
/// <param name="Message">What Squid does with it.</param>
/// <param name="Location">Where.</param>
/// <param name="Length">How many characters it covers.</param>
/// <param name="FileIndex">The file's place in the walk.</param>
internal sealed record PreprocessorProblem(string Code, string Message, SourceLocation Location, int Length, int FileIndex);
