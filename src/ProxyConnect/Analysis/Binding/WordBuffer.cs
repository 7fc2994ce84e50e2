using System;
using ProxyConnect.Squid.Syntax;

namespace ProxyConnect.Analysis.Binding;

/// <summary>The words of one directive (name first), read straight from the source text when the line is a plain
/// single physical line, which is nearly every line; otherwise from the syntax node's tokens (continuations, quoted
/// values, <c>include</c>). One buffer is reused for every line of a document, so reading a line allocates nothing.</summary>
/// <remarks>The fast path reads what <see cref="BlankSplitter"/> reads: the line up to its first CR, blanks (SP, HT)
/// between words, an inline comment from a word that starts with <c>#</c>. A property test holds the two equal.</remarks>
internal sealed class WordBuffer
{
    private const string IncludeKeyword = "include";

    private Word[] _words = new Word[16];

    /// <summary>How many words the line has, name included.</summary>
    public int Count { get; private set; }

    /// <summary>The blanks before the name on the directive's first line (for its column).</summary>
    public int Indentation { get; private set; }

    /// <summary>Whether the fast path read the line; a syntax diagnostic is possible only when it did not, or when
    /// <see cref="MayHaveDiagnostics"/> says so.</summary>
    public bool FromSource { get; private set; }

    /// <summary>Whether the raw line may carry a syntax diagnostic (CR inside it, over Squid's line buffer, a
    /// <c>\</c> before trailing blanks, a byte order mark): then the node is asked for them.</summary>
    public bool MayHaveDiagnostics { get; private set; }

    public Word this[int index] => _words[index];

    /// <summary>Reads <paramref name="node"/>'s words into this buffer, replacing the previous line's.</summary>
    public void Read(DirectiveLine node)
    {
        Count = 0;
        Indentation = 0;
        MayHaveDiagnostics = false;
        FromSource = node.PhysicalLineCount == 1 && !node.QuotedValues && !node.IsOpenAtEndOfFile && ReadSource(node);
        if (!FromSource)
        {
            ReadTokens(node);
            MayHaveDiagnostics = true;
        }
    }

    private bool ReadSource(DirectiveLine node)
    {
        var source = node.Source;
        var start = node.Start;
        var end = start + node.Length;
        if (end > start && source[end - 1] == '\n')
        {
            end--;
            if (end > start && source[end - 1] == '\r')
            {
                end--;
            }
        }

        // Squid's line buffer holds 8191 bytes; a line near that (in bytes, so in chars / 4 at worst) is left to the node.
        var contentLength = end - start;
        if (contentLength > 8191 / 4)
        {
            MayHaveDiagnostics = true;
        }

        var cr = contentLength == 0 ? -1 : source.IndexOf('\r', start, contentLength);
        if (cr >= 0)
        {
            MayHaveDiagnostics = true;
            end = cr;
        }

        var i = start;
        while (i < end && (source[i] == ' ' || source[i] == '\t'))
        {
            i++;
        }

        Indentation = i - start;
        if (i < end && source[i] == '\uFEFF')
        {
            MayHaveDiagnostics = true;
        }

        var trimmed = end;
        while (trimmed > i && (source[trimmed - 1] == ' ' || source[trimmed - 1] == '\t'))
        {
            trimmed--;
        }

        if (trimmed < end && trimmed > i && source[trimmed - 1] == '\\')
        {
            MayHaveDiagnostics = true;
        }

        while (i < end)
        {
            var wordStart = i;
            if (Count > 0 && source[i] == '#')
            {
                return true; // inline comment: the rest of the line is no word
            }

            while (i < end && source[i] != ' ' && source[i] != '\t')
            {
                i++;
            }

            Add(new Word(source, wordStart, i - wordStart, 0, wordStart - start + 1, quoted: false));
            if (Count == 1 && _words[0].Is(IncludeKeyword))
            {
                // include reads quotes and keeps '#': the node's grammar knows how.
                Count = 0;
                return false;
            }

            while (i < end && (source[i] == ' ' || source[i] == '\t'))
            {
                i++;
            }
        }

        return true;
    }

    private void ReadTokens(DirectiveLine node)
    {
        var name = node.NameToken;
        if (name is null)
        {
            return;
        }

        Indentation = node.Indentation.Length;
        Add(FromToken(name, false));
        var arguments = node.Arguments;
        for (var i = 0; i < arguments.Count; i++)
        {
            Add(FromToken(arguments[i], node.QuotedValues && arguments[i].IsQuoted));
        }
    }

    private static Word FromToken(SyntaxToken token, bool quoted) =>
        new(token.Text, 0, token.Text.Length, token.LineOffset, token.Column, quoted);

    private void Add(Word word)
    {
        if (Count == _words.Length)
        {
            Array.Resize(ref _words, _words.Length * 2);
        }

        _words[Count++] = word;
    }
}
